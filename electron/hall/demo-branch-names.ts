// The names a hall carries until it is named: the demo branch's. A real installation names
// itself in the setup wizard (staff.completeSetup) or its config file; `npm start`, the tests
// and the print samples use these.
export const DEMO_BRANCH_NAMES = { branchName: '城东供热营业厅', companyName: '滨江热力有限公司' } as const;
