import type { ChannelRuleId } from './channels';

/**
 * English texts of the channels rules, keyed by rule id.
 * Placeholders never carry patient data.
 *
 * @internal
 * @example
 * ```ts
 * CHANNEL_MESSAGES_EN['channel.bring-copies-to-appointment'];
 * ```
 */
export const CHANNEL_MESSAGES_EN: Readonly<Record<ChannelRuleId, string>> = {
  'channel.bring-copies-to-appointment':
    'For information security, Duke recommends bringing copies of your documents or removable media (not the originals) to your clinical appointment for scanning or upload.',
  'channel.clinic-upload':
    'Copies can be uploaded at a clinic location; for records without radiology images, Duke recommends bringing the copies to your clinical appointment.',
  'channel.radiology-clinic-upload':
    'Radiology images (such as CT, MRI and X-rays) must be uploaded at a clinic location; they are not accepted by fax, e-mail or mail.',
  'channel.radiology-at-appointment':
    'The radiology images you bring to your appointment must be uploaded at the clinic location: ask the clinic to upload them.',
  'channel.last-resort':
    'Sending by {channel} is accepted only as a last resort: it is less secure and not recommended. Duke recommends bringing copies to your clinical appointment.',
  'channel.email-address-unpublished':
    'Duke does not publish the Document Management e-mail address (the page shows only a placeholder): call customer service at {phone} to get it.',
};
