// Page object for the ticket kiosk: touch a business, read the number and what the slip did.
import type { Page, Locator } from '@playwright/test';

export class KioskPage {
  readonly page: Page;
  readonly number: Locator;
  readonly slipPrinted: Locator;
  readonly slipFailed: Locator;
  readonly closed: Locator;
  constructor(page: Page) {
    this.page = page;
    this.number = page.getByTestId('kiosk-number');
    this.slipPrinted = page.getByTestId('slip-printed');
    this.slipFailed = page.getByTestId('slip-failed');
    this.closed = page.getByTestId('kiosk-closed');
  }
  /** Without `terminal`, the kiosk is the branch's default kiosk (terminal id "main"), as in the demo branch. */
  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/kiosk${query}`);
    await this.page.locator('[data-testid="kiosk"], [data-testid="kiosk-closed"]').first().waitFor();
  }
  async take(serviceCode: string, lane: 'normal' | 'priority' = 'normal'): Promise<string> {
    await this.page.getByTestId(lane === 'priority' ? `take-${serviceCode}-priority` : `take-${serviceCode}`).tap();
    await this.number.waitFor();
    return (await this.number.textContent()) ?? '';
  }
  async chooseLanguage(locale: 'zh-CN' | 'zh-TW' | 'en'): Promise<void> {
    await this.page.getByTestId(`language-${locale}`).tap();
  }
}
