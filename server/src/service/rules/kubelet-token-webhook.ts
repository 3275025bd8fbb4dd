import { settingRule } from './kinds/setting-rule.js';

/**
 * With Webhook authorization, the kubelet should also let the API server vouch for bearer tokens;
 * without it, token clients are turned away or pushed towards anonymous access.
 */
export const kubeletTokenWebhook = settingRule({
  id: 'kubelet-token-webhook',
  tier: 'hardening',
  title: 'Webhook token authentication disabled',
  defaultSeverity: 'warning',
  summary: 'Webhook token authentication is disabled while authorization mode is Webhook (the flag default is off when no --config file is used).',
  fixable: true,
  field: 'authentication.webhook.enabled',
  isInsecure: (value, _setting, context) => {
    if (value !== false) return false;
    const mode = context.effective('authorization.mode');
    return mode.origin.kind !== 'unknown' && mode.value === 'Webhook';
  },
  describe: () =>
    'Webhook token authentication is off while authorization mode is Webhook, so the kubelet cannot check bearer tokens with the API server and token clients (metrics scrapers, for one) get no identity to authorize',
  secureFlagValue: 'true',
  secureConfigValue: 'true',
});
