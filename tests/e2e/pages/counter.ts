// Page object for the counter screen: what a cashier sees and does, in steps tests reuse.
import type { Page, Locator } from '@playwright/test';

export class CounterPage {
  readonly page: Page;
  readonly selfCheck: Locator;
  readonly summary: Locator;
  readonly connection: Locator;

  constructor(page: Page) {
    this.page = page;
    this.selfCheck = page.getByTestId('self-check');
    this.summary = page.getByTestId('self-check-summary');
    this.connection = page.getByTestId('connection');
  }

  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/counter${query}`);
  }

  check(id: 'service' | 'database' | 'journal' | 'schema' | 'storage' | 'backup' | 'clock'): Locator {
    return this.page.getByTestId(`check-${id}`);
  }

  async recheckWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('F5');
  }
}
