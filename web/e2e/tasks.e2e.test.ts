import { describe, expect, test } from 'vitest';
import { hasChromium } from './browser';
import { signInThroughForm, useBrowserSession } from './session';

describe.skipIf(!hasChromium)('tasks, the board and the workload report in a browser', () => {
  const started = useBrowserSession({ jobs: false });

  test('creates an overdue task with a reminder, drags it across the board, and opens it from a report figure', { timeout: 60_000 }, async () => {
    const { server, page } = started();
    await signInThroughForm(page, server.owner, '/work');
    await page.getByTestId('tasks-empty').waitFor();

    // A task due yesterday, assigned to me, with a reminder.
    await page.getByTestId('new-task').click();
    await page.getByTestId('task-title').fill('Gọi lại chị Hạnh về báo giá');
    const yesterday = new Date(Date.now() - 86_400_000);
    const p = (n: number) => String(n).padStart(2, '0');
    await page.getByTestId('task-due').fill(`${yesterday.getFullYear()}-${p(yesterday.getMonth() + 1)}-${p(yesterday.getDate())}T09:30`);
    await page.getByTestId('task-reminder').click();
    await page.getByRole('option', { name: 'Trước 1 giờ' }).click();
    await page.getByTestId('task-assignee').click();
    await page.getByRole('option', { name: server.owner.name }).first().click();
    await page.getByTestId('task-save').click();
    const row = page.getByTestId('task-row').filter({ hasText: 'Gọi lại chị Hạnh' });
    await row.waitFor();
    expect(await row.getAttribute('data-overdue')).toBe('true');
    await row.getByTestId('task-overdue').waitFor();

    // "My tasks" and the overdue filter keep it; "due today" does not.
    await page.getByTestId('task-scope').getByText('Việc của tôi').click();
    await row.waitFor();
    await page.getByTestId('filter-due').click();
    await page.getByRole('option', { name: 'Đến hạn hôm nay' }).click();
    await page.getByTestId('tasks-empty').waitFor();
    await page.getByTestId('filter-due').click();
    await page.getByRole('option', { name: 'Quá hạn' }).click();
    await row.waitFor();

    // The board (no filters): drag the card from "Cần làm" to "Hoàn thành" (native drag and drop).
    await page.goto('/work?view=board');
    await page.getByTestId('board-column-open').getByTestId('board-card').first().waitFor();
    await page.getByTestId('board-column-open').getByTestId('board-card').first().dragTo(page.getByTestId('board-column-done'));
    await page.getByTestId('board-column-done').getByTestId('board-card').first().waitFor();
    // It is saved: after a reload it is still done.
    await page.reload();
    await page.getByTestId('board-column-done').getByTestId('board-card').first().waitFor();
    expect(await page.getByTestId('board-column-open').getByTestId('board-card').count()).toBe(0);
    // The keyboard way: "Move to" → "Đang làm".
    await page.getByTestId('board-column-done').getByTestId('card-menu').first().click();
    await page.getByTestId('move-in_progress').click();
    await page.getByTestId('board-column-in_progress').getByTestId('board-card').first().waitFor();
    await page.getByTestId('board-column-in_progress').getByTestId('card-menu').first().click();
    await page.getByTestId('move-done').click();
    await page.getByTestId('board-column-done').getByTestId('board-card').first().waitFor();

    // The workload report counts it as done this month, late (due yesterday), and the figure opens the list.
    await page.goto('/work/workload');
    const me = page.getByTestId('workload-row').filter({ hasText: server.owner.name });
    await me.waitFor();
    expect((await me.getByTestId('figure-doneTasks').innerText()).trim()).toBe('1');
    expect((await me.getByTestId('figure-onTimePercent').innerText()).trim()).toBe('0 %');
    await me.getByTestId('figure-doneTasks').click();
    await page.waitForURL((url) => url.pathname === '/work' && url.searchParams.has('completedFrom'));
    await page.getByTestId('linked-filter').waitFor();
    await page.getByTestId('task-row').filter({ hasText: 'Gọi lại chị Hạnh' }).waitFor();
    expect(await page.getByTestId('task-row').count()).toBe(1);

    // The bell is in the header.
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification-panel').waitFor();
  });
});
