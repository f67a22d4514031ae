// Page object for the counter screen: what a cashier sees and does, in steps tests reuse.
import type { Page, Locator } from '@playwright/test';

export class CounterPage {
  readonly page: Page;
  readonly selfCheck: Locator;
  readonly summary: Locator;
  readonly connection: Locator;
  readonly search: Locator;
  readonly results: Locator;
  readonly account: Locator;
  readonly total: Locator;
  readonly received: Locator;
  readonly change: Locator;
  readonly sing: Locator;
  readonly result: Locator;
  readonly printState: Locator;
  readonly preview: Locator;

  constructor(page: Page) {
    this.page = page;
    this.selfCheck = page.getByTestId('self-check');
    this.summary = page.getByTestId('self-check-summary');
    this.connection = page.getByTestId('connection');
    this.search = page.getByTestId('search-input');
    this.results = page.getByTestId('search-result');
    this.account = page.getByTestId('account-view');
    this.total = page.getByTestId('total');
    this.received = page.getByTestId('received');
    this.change = page.getByTestId('change');
    this.sing = page.getByTestId('sing');
    this.result = page.getByTestId('receipt-result');
    this.printState = page.getByTestId('print-state');
    this.preview = page.getByTestId('receipt-preview');
  }

  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/counter${query}`);
  }

  async signIn(baseUrl: string, operator = '1001', pin = '1234', windowNo = 1): Promise<void> {
    await this.page.goto(`${baseUrl}/counter?window=${windowNo}`);
    await this.page.getByTestId('operator').fill(operator);
    await this.page.getByTestId('pin').fill(pin);
    await this.page.getByTestId('pin').press('Enter');
    await this.page.getByTestId('workspace').waitFor();
  }

  check(id: 'service' | 'database' | 'journal' | 'schema' | 'storage' | 'backup' | 'clock'): Locator {
    return this.page.getByTestId(`check-${id}`);
  }

  async recheckWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('F5');
  }

  /** F7, type, and choose the result whose text contains `pick` with ↓ and Enter. */
  async find(text: string, pick: string): Promise<void> {
    await this.page.keyboard.press('F7');
    await this.search.fill(text);
    await this.results.first().waitFor();
    const rows = await this.results.allTextContents();
    const index = rows.findIndex((r) => r.includes(pick));
    if (index < 0) throw new Error(`no result with ${pick} among ${rows.join(' | ')}`);
    for (let i = 0; i < index; i++) await this.search.press('ArrowDown');
    await this.search.press('Enter');
    await this.account.getByTestId('charges').waitFor();
  }

  /** Adds a non-cash tender for `yuan` (card, WeChat …) with its reference. */
  async addTender(method: 'card' | 'wechat' | 'alipay' | 'cheque' | 'transfer', yuan: string, reference: string): Promise<void> {
    await this.page.getByTestId(`add-${method}`).click();
    const row = this.page.getByTestId(`tender-${method}`).last();
    await row.getByTestId('tender-amount').fill(yuan);
    await row.getByTestId('tender-reference').fill(reference);
  }
}

/** Pays what the open account owes in cash, exactly (confirming a large amount with Ctrl+Enter), and waits for the receipt. */
export async function payExactCash(counter: CounterPage): Promise<string> {
  await counter.page.getByTestId('quick-exact').click();
  await counter.received.press('Enter');
  const large = counter.page.getByTestId('large-confirm');
  await counter.result.or(large).waitFor();
  if (await large.isVisible()) await counter.page.keyboard.press('Control+Enter');
  await counter.result.waitFor();
  return /W\d{2}-\d{8}/.exec((await counter.page.getByTestId('receipt-no').textContent()) ?? '')?.[0] ?? '';
}
