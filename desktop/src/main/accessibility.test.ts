import { describe, expect, it } from 'vitest';
import { ACCESSIBILITY_PANE_URL, accessibilityProblem } from './accessibility.js';

describe('the macOS Accessibility check', () => {
  it('reports the missing permission on macOS, and asks macOS to show its prompt', () => {
    const prompts: boolean[] = [];
    const problem = accessibilityProblem('darwin', (prompt) => (prompts.push(prompt), false));
    expect(problem).toMatchObject({ state: 'unavailable', problem: 'permission-missing' });
    expect(prompts).toEqual([true]);
  });

  it('finds nothing to say once allowed, or on other systems', () => {
    expect(accessibilityProblem('darwin', () => true)).toBeUndefined();
    expect(accessibilityProblem('linux', () => false)).toBeUndefined();
    expect(accessibilityProblem('win32', () => false)).toBeUndefined();
  });

  it('opens the Accessibility list of Privacy & Security', () => {
    expect(ACCESSIBILITY_PANE_URL).toBe('x-apple.systempreferences:com.apple.preference.security?Privacy_Accessibility');
  });
});
