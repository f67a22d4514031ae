// Page object for the ticket kiosk: touch a business, read the number.
import type { Page, Locator } from '@playwright/test';

export class KioskPage {
  readonly page: Page;
  readonly number: Locator;
  constructor(page: Page) {
    this.page = page;
    this.number = page.getByTestId('kiosk-number');
  }
  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/kiosk?terminal=kiosk-e2e`);
    await this.page.getByTestId('kiosk').waitFor();
  }
  async take(serviceCode: string, lane: 'normal' | 'priority' = 'normal'): Promise<string> {
    await this.page.getByTestId(lane === 'priority' ? `take-${serviceCode}-priority` : `take-${serviceCode}`).tap();
    await this.number.waitFor();
    return (await this.number.textContent()) ?? '';
  }
}
