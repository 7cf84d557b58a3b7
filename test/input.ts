/*
 * Real input as a user gives it, in every engine the suite runs: the same calls as
 * @web/test-runner-commands, routed through test/support/input-commands.mjs so that WebKit,
 * driven over classic WebDriver, gets real key actions and a real viewport size too.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { emulateMedia as stockEmulateMedia } from '@web/test-runner-commands';

export type KeysPayload = { press: string } | { down: string } | { up: string } | { type: string };
export type MediaPayload = Parameters<typeof stockEmulateMedia>[0];

export const sendKeys = (payload: KeysPayload) =>
  executeServerCommand<boolean, KeysPayload>('input-send-keys', payload);

export const setViewport = (viewport: { width: number; height: number }) =>
  executeServerCommand<boolean, typeof viewport>('input-set-viewport', viewport);

export const emulateMedia = (media: MediaPayload) =>
  executeServerCommand<boolean, MediaPayload>('input-emulate-media', media);
