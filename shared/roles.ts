// Who may call the hall. A role comes from the caller's session (an operator's login
// or a device's enrolment), never from the request body.
export const ROLES = ['anonymous', 'kiosk', 'display', 'customerDisplay', 'cashier', 'manager'] as const;
export type Role = (typeof ROLES)[number];

/** Anyone, including a screen that has not opened a session yet. */
export const EVERYONE: readonly Role[] = ROLES;
/** Any terminal that has a session (devices and staff). */
export const ANY_SESSION: readonly Role[] = ['kiosk', 'display', 'customerDisplay', 'cashier', 'manager'];
/** Counter staff. */
export const STAFF: readonly Role[] = ['cashier', 'manager'];
export const MANAGER: readonly Role[] = ['manager'];
/** Roles an unattended device may open a session for without an operator's PIN. */
export const DEVICE_ROLES = ['kiosk', 'display', 'customerDisplay'] as const;
export type DeviceRole = (typeof DEVICE_ROLES)[number];
export const OPERATOR_ROLES = ['cashier', 'manager'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];
