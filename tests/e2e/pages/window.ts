// Page object for a counter window's queue controls (the counter screen, signed in).
import type { Page, Locator } from '@playwright/test';

export class WindowPage {
  readonly page: Page;
  readonly currentTicket: Locator;
  constructor(page: Page) {
    this.page = page;
    this.currentTicket = page.getByTestId('current-ticket');
  }
  async signIn(baseUrl: string, operator: string, pin: string, windowNo: number): Promise<void> {
    await this.page.goto(`${baseUrl}/counter?window=${windowNo}`);
    await this.page.getByTestId('operator').fill(operator);
    await this.page.getByTestId('pin').fill(pin);
    await this.page.getByTestId('pin').press('Enter');
    await this.page.getByTestId('queue-panel').waitFor();
  }
  /** F1, as a cashier does. */
  async callNext(): Promise<void> {
    await this.page.keyboard.press('F1');
  }
  async pause(reason: string, redirectWindow: number): Promise<void> {
    await this.page.keyboard.press('F8');
    await this.page.getByTestId('pause-reason').selectOption(reason);
    await this.page.getByTestId('pause-redirect').fill(String(redirectWindow));
    await this.page.getByTestId('confirm-pause').click();
  }
}
