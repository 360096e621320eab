import type { Locale } from '../../core/locale';
import type { PhoneNumber, PostalAddress, RequestForm } from '../../directory/types';
import { fill, listText } from '../../core/fill';
import { localeTexts } from '../../core/locale';
import { LAKE_NORMAN_STEP_TEXT_EN, type LakeNormanStepWords } from './step-messages.en';
import type { PortalAvailability } from '../portals/portals';
import type { ProofKind, SignerRole } from '../signer/signer-schema';

/**
 * The step words of a locale.
 *
 * @param locale - the locale
 * @returns its words, English where it gives none
 * @internal
 * @example
 * ```ts
 * stepWordsOf(ENGLISH).or; // 'or'
 * ```
 */
export const stepWordsOf = (locale: Locale): LakeNormanStepWords => localeTexts(locale, 'lakeNorman', LAKE_NORMAN_STEP_TEXT_EN);

/**
 * What a step's text is written from: the step's own fields (the portals
 * for `check-portal`), all of them directory data or enum values, never
 * anything from the request.
 *
 * @internal
 * @example
 * ```ts
 * const s: StepFacts = { action: 'request-online' };
 * ```
 */
export type StepFacts =
  | { readonly action: 'request-online' }
  | { readonly action: 'check-portal'; readonly portals: readonly Pick<PortalAvailability, 'name' | 'status'>[] }
  | { readonly action: 'complete-form'; readonly form: RequestForm }
  | { readonly action: 'sign-authorization'; readonly allowedRoles: readonly SignerRole[]; readonly missingProof: readonly ProofKind[] }
  | {
      readonly action: 'send-form';
      readonly via:
        | { readonly channel: 'fax'; readonly fax: PhoneNumber }
        | { readonly channel: 'email'; readonly email: string }
        | { readonly channel: 'mail'; readonly mailingAddress: PostalAddress };
    }
  | { readonly action: 'ask-questions'; readonly phone: PhoneNumber };

/**
 * The localized text of one step of `routeRecordsRequest`: what to do, with
 * the directory's numbers, address and form. Portals whose records are no
 * longer available on the as-of date are left out of `check-portal` (all
 * are named when none is left, which no edition has).
 *
 * @param step - the step's facts
 * @param locale - the language
 * @returns the text
 * @internal
 * @example
 * ```ts
 * routeStepText({ action: 'ask-questions', phone: { e164: '+17046604035', display: '(704) 660-4035' } }, ENGLISH);
 * // 'Questions? Call (704) 660-4035.'
 * routeStepText({ action: 'sign-authorization', allowedRoles: ['custodial-parent', 'legal-guardian'], missingProof: ['guardianship'] }, ENGLISH);
 * // 'Have the authorization signed by a custodial parent or a legally appointed guardian. Enclose proof of guardianship.'
 * ```
 */
export function routeStepText(step: StepFacts, locale: Locale): string {
  const w = stepWordsOf(locale);
  switch (step.action) {
    case 'request-online':
      return w.requestOnline;
    case 'check-portal': {
      const open = step.portals.filter((p) => p.status !== 'no-longer-available');
      return fill(w.checkPortal, { portals: listText((open.length > 0 ? open : step.portals).map((p) => p.name), w.and) });
    }
    case 'complete-form':
      return fill(w.completeForm, { title: step.form.title, language: w.languages[step.form.language], sizeKb: String(step.form.sizeKb) });
    case 'sign-authorization': {
      const sign = fill(w.sign, { roles: listText(step.allowedRoles.map((r) => w.roles[r]), w.or) });
      return step.missingProof.length === 0 ? sign : sign + fill(w.signProof, { proof: listText(step.missingProof.map((p) => w.proof[p]), w.and) });
    }
    case 'send-form': {
      const via = step.via;
      if (via.channel === 'fax') return fill(w.sendFax, { fax: via.fax.display });
      if (via.channel === 'email') return fill(w.sendEmail, { email: via.email });
      return fill(w.sendMail, { address: via.mailingAddress.lines.join(', ') });
    }
    case 'ask-questions':
      return fill(w.askQuestions, { phone: step.phone.display });
  }
}
