// The settings document of GET /api/settings (host GatewaySettings, snake_case; passwords never read back).

export interface LinkSettings {
  mode: 'disabled' | 'mqtt' | 'tcp';
  server: string;
  port: number;
  response_time: number;
  protocol: 'tcp' | 'tls';
  username: string;
  password_set: boolean;
  root_topic: string;
  subscribe_topic: string;
  publish_topic: string;
  ca_certificate: string;
  client_certificate: string;
  client_key: string;
  discovery: boolean;
  discovery_prefix: string;
}
export interface PushSettings { slot: number; link1_interval: number; link2_interval: number }
export interface RecorderSettings { enabled: boolean; source: 'device' | 'pulse'; slot: number; counter_kind: 'non_resettable' | 'resettable'; counter: number }
export interface Settings {
  general: { description: string; location: string };
  auth: { enabled: boolean; username: string; password_set: boolean };
  features: Record<string, unknown>;
  time: Record<string, unknown>;
  rs485: { baud_rate: number; parity: string; stop_bits: number; addresses: number[] };
  ir: { left_enabled: boolean; right_mode: 'controlled' | 'not_connected' };
  links: LinkSettings[];
  push: PushSettings[];
  recorders: RecorderSettings[];
}

/** Posts part of the settings; the gateway merges it and answers with the whole document. */
export type SaveSettings = (patch: Record<string, unknown>) => Promise<Settings>;
