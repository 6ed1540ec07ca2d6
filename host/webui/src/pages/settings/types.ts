// The settings document of GET /api/settings, as the gateway's OpenAPI document describes it (api.gen.ts):
// host GatewaySettings, snake_case, passwords never read back.

import type { GetResponses } from '../../api.gen';

export type Settings = GetResponses['/api/settings'];
export type LinkSettings = Settings['links'][number];
export type PushSettings = Settings['push'][number];
export type RecorderSettings = Settings['recorders'][number];

/** Posts part of the settings; the gateway merges it and answers with the whole document. */
export type SaveSettings = (patch: Record<string, unknown>) => Promise<Settings>;
