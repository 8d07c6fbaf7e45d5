/**
 * The school profile form: one control per profile key, built from fields.ts, each with its label, hint,
 * "still to fill in" tag and error message wired through aria-describedby. It reads and writes FormValues
 * (model.ts) and shows problems next to their controls; saving and importing live in profile-section.ts.
 */

import { ruleMessageKey } from '../core/messages';
import { RULE_IDS, type RuleId } from '../core/rule-ids';
import { RULE_SETTINGS, type RuleSetting } from '../core/types';
import { t } from '../page/i18n';
import { REPORT_FIELDS, WEEKDAYS, type Weekday } from '../profile/constants';
import { RULES } from '../rules';
import { el } from './dom';
import {
  ACCOUNTS_GROUP,
  CHANNEL_FIELD,
  CHANNELS,
  type Channel,
  controlId,
  DAY_LABELS,
  DAYS_FIELD,
  FIRST_NAMES_FIELD,
  type FieldSpec,
  type GroupSpec,
  LIST_FIELDS,
  type ListField,
  POLICY_GROUP,
  ruleField,
  SCHOOL_GROUPS,
  TEXT_FIELDS,
  type TextField,
} from './fields';
import type { FieldProblem, FormValues } from './model';

/** The parts of one field the form updates: where its problems, its "needed" tag and its controls are. */
interface FieldParts {
  /** What the error summary calls it: "Headteacher: Email address". */
  name: string;
  error: HTMLElement;
  needed?: HTMLElement;
  hint?: HTMLElement;
  /** The controls that get aria-invalid and aria-describedby (a group's description goes on its fieldset). */
  controls: HTMLElement[];
  describes: HTMLElement;
  /** What a link to the field focuses. */
  focus: HTMLElement;
}

const severityName = (setting: RuleSetting) =>
  setting === 'off' ? t('options_rule_off') : t(`severity_${setting}`);

export class ProfileForm {
  private readonly parts = new Map<string, FieldParts>();
  private readonly texts = new Map<TextField, HTMLInputElement>();
  private readonly lists = new Map<ListField, HTMLTextAreaElement>();
  private readonly rules = new Map<RuleId, HTMLSelectElement>();
  private readonly days = new Map<Weekday, HTMLInputElement>();
  private readonly channels = new Map<Channel, HTMLInputElement>();
  private readonly firstNames: HTMLInputElement;
  private readonly templateField: HTMLElement;
  private readonly hoursOff: HTMLElement;

  constructor(readonly form: HTMLFormElement) {
    const fields = el('div', { class: 'fields' });
    for (const group of SCHOOL_GROUPS) fields.append(this.group(group));
    fields.append(this.rulesGroup());
    const hours = this.hoursGroup();
    this.hoursOff = hours.querySelector<HTMLElement>('.hours-off')!;
    fields.append(hours);
    const report = this.reportGroup();
    this.templateField = report.querySelector<HTMLElement>('.template')!;
    const accounts = this.group(ACCOUNTS_GROUP);
    // The Headteacher's own page: approver key and approving posts (src/approve).
    accounts.append(
      el(
        'p',
        {},
        el(
          'a',
          { href: '../approve/index.html', target: '_blank', id: 'approve-link' },
          t('options_approve_link'),
        ),
      ),
    );
    fields.append(report, this.group(POLICY_GROUP), accounts);
    const pupils = this.pupilsGroup();
    this.firstNames = pupils.querySelector('input')!;
    fields.append(pupils);
    form.prepend(fields);
    form.addEventListener('input', () => this.sync());
    form.addEventListener('change', () => this.sync());
  }

  // ——— Building ———

  private fieldBlock(
    path: string,
    label: string,
    hint: string | undefined,
    control: HTMLElement,
    group: string,
  ) {
    const id = controlId(path);
    control.id = id;
    control.setAttribute('name', path);
    const hintEl = hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : undefined;
    const needed = el('p', { class: 'needed', id: `${id}-needed`, hidden: '' }, t('options_needed'));
    const error = el('p', { class: 'error', id: `${id}-error`, hidden: '' });
    const block = el(
      'div',
      { class: 'field', 'data-field': path },
      el('label', { for: id }, label),
      hintEl,
      needed,
      error,
      control,
    );
    this.parts.set(path, {
      name: group ? t('options_field_in_group', group, label) : label,
      error,
      needed,
      ...(hintEl ? { hint: hintEl } : {}),
      controls: [control],
      describes: control,
      focus: control,
    });
    this.describe(path);
    return block;
  }

  private input(spec: FieldSpec, group: string): HTMLElement {
    if (spec.kind === 'list') {
      const area = el('textarea', { rows: '3', spellcheck: 'false' });
      this.lists.set(spec.path as ListField, area);
      return this.fieldBlock(spec.path, t(spec.label), spec.hint && t(spec.hint), area, group);
    }
    const input = el('input', {
      type: spec.kind,
      autocomplete: spec.autocomplete ?? 'off',
      spellcheck: spec.kind === 'text' ? undefined : 'false',
    });
    this.texts.set(spec.path as TextField, input);
    return this.fieldBlock(spec.path, t(spec.label), spec.hint && t(spec.hint), input, group);
  }

  private fieldset(id: string, legend: string, intro?: string): HTMLFieldSetElement {
    return el(
      'fieldset',
      { class: 'group', id: `group-${id}` },
      el('legend', {}, legend),
      intro ? el('p', { class: 'intro' }, intro) : null,
    );
  }

  private group(spec: GroupSpec): HTMLFieldSetElement {
    const legend = t(spec.legend);
    const set = this.fieldset(spec.id, legend, spec.intro && t(spec.intro));
    // The school's own fields need no group prefix in the summary; the contacts do ("Headteacher: Name").
    const prefix = spec.id === 'headteacher' || spec.id === 'business-manager' ? legend : '';
    for (const field of spec.fields) set.append(this.input(field, prefix));
    return set;
  }

  private rulesGroup(): HTMLFieldSetElement {
    const set = this.fieldset('rules', t('options_group_rules'), t('options_group_rules_intro'));
    for (const id of RULE_IDS) {
      const rule = RULES.find((r) => r.id === id)!;
      const select = el('select', {});
      select.append(
        el('option', { value: '' }, t('options_rule_default', severityName(rule.defaultSeverity))),
      );
      for (const setting of RULE_SETTINGS)
        select.append(el('option', { value: setting }, severityName(setting)));
      this.rules.set(id, select);
      const hint = `${t(ruleMessageKey(id, 'description'))} ${t('options_rule_clause', rule.clause)}`;
      const title = t(ruleMessageKey(id, 'title'));
      const block = this.fieldBlock(ruleField(id), title, hint, select, t('options_group_rules'));
      block.classList.add('rule');
      block.append(el('code', { class: 'rule-id' }, id));
      set.append(block);
    }
    return set;
  }

  /** A fieldset of checkboxes or radios, its problems shown under its legend. */
  private choiceGroup(path: string, legend: string, hint: string | undefined, inputs: HTMLElement[]) {
    const id = controlId(path);
    const hintEl = hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : undefined;
    const error = el('p', { class: 'error', id: `${id}-error`, hidden: '' });
    const set = el(
      'fieldset',
      { class: 'choices', id, 'data-field': path },
      el('legend', {}, legend),
      hintEl,
      error,
      ...inputs,
    );
    const controls = [...set.querySelectorAll<HTMLInputElement>('input')];
    this.parts.set(path, {
      name: legend,
      error,
      ...(hintEl ? { hint: hintEl } : {}),
      controls,
      describes: set,
      focus: controls[0]!,
    });
    this.describe(path);
    return set;
  }

  private choice(type: 'checkbox' | 'radio', name: string, value: string, label: string, hint?: string) {
    const id = `${controlId(name)}-${value}`;
    const input = el('input', {
      type,
      name,
      value,
      id,
      'aria-describedby': hint ? `${id}-hint` : undefined,
    });
    const wrapper = el(
      'div',
      { class: 'choice' },
      input,
      el('label', { for: id }, label),
      hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
    );
    return { input, wrapper };
  }

  private hoursGroup(): HTMLFieldSetElement {
    const set = this.fieldset('hours', t('options_group_hours'), t('options_group_hours_intro'));
    const boxes = WEEKDAYS.map((day) => {
      const { input, wrapper } = this.choice('checkbox', DAYS_FIELD, day, t(DAY_LABELS[day]));
      this.days.set(day, input);
      return wrapper;
    });
    const days = this.choiceGroup(DAYS_FIELD, t('options_field_days'), undefined, [
      el('div', { class: 'days' }, ...boxes),
    ]);
    set.append(days, el('p', { class: 'hours-off note', id: 'hours-off' }, t('options_hours_off')));
    set.append(
      this.input({ path: 'workingHours.start', kind: 'time', label: 'options_field_start' }, ''),
      this.input({ path: 'workingHours.end', kind: 'time', label: 'options_field_end' }, ''),
    );
    const zone = this.input(
      {
        path: 'workingHours.timeZone',
        kind: 'text',
        label: 'options_field_time_zone',
        hint: 'options_hint_time_zone',
      },
      '',
    );
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    const list = el('datalist', { id: 'time-zones' }, ...zones.map((z) => el('option', { value: z })));
    this.texts.get('workingHours.timeZone')!.setAttribute('list', 'time-zones');
    set.append(zone, list);
    return set;
  }

  private reportGroup(): HTMLFieldSetElement {
    const set = this.fieldset('report', t('options_group_report'), t('options_group_report_intro'));
    const radios = CHANNELS.map((channel) => {
      const { input, wrapper } = this.choice(
        'radio',
        CHANNEL_FIELD,
        channel,
        t(`options_channel_${channel}`),
        t(`options_channel_${channel}_hint`),
      );
      this.channels.set(channel, input);
      return wrapper;
    });
    set.append(this.choiceGroup(CHANNEL_FIELD, t('options_field_channel'), undefined, radios));
    const template = this.input(
      {
        path: 'report.urlTemplate',
        kind: 'url',
        label: 'options_field_url_template',
        hint: 'options_hint_url_template',
      },
      '',
    );
    template.classList.add('template');
    template.append(
      el(
        'dl',
        { class: 'placeholders', 'aria-label': t('options_placeholders_label') },
        ...REPORT_FIELDS.flatMap((field) => [
          el('dt', {}, el('code', {}, `{${field}}`)),
          el('dd', {}, t(`options_placeholder_${field}`)),
        ]),
      ),
    );
    set.append(template);
    return set;
  }

  private pupilsGroup(): HTMLFieldSetElement {
    const set = this.fieldset('pupils', t('options_group_pupils'));
    const id = controlId(FIRST_NAMES_FIELD);
    const input = el('input', { type: 'checkbox', id, name: FIRST_NAMES_FIELD });
    const hint = el('p', { class: 'hint', id: `${id}-hint` }, t('options_hint_first_names'));
    const error = el('p', { class: 'error', id: `${id}-error`, hidden: '' });
    set.append(
      el(
        'div',
        { class: 'choice', 'data-field': FIRST_NAMES_FIELD },
        input,
        el('label', { for: id }, t('options_field_first_names')),
        hint,
        error,
      ),
    );
    this.parts.set(FIRST_NAMES_FIELD, {
      name: t('options_field_first_names'),
      error,
      hint,
      controls: [input],
      describes: input,
      focus: input,
    });
    this.describe(FIRST_NAMES_FIELD);
    return set;
  }

  /** aria-describedby lists the hint, then the "needed" tag and the error when they show. */
  private describe(path: string): void {
    const part = this.parts.get(path);
    if (!part) return;
    const ids = [part.hint, part.needed, part.error].filter((e) => e && !e.hidden).map((e) => e!.id);
    if (ids.length > 0) part.describes.setAttribute('aria-describedby', ids.join(' '));
    else part.describes.removeAttribute('aria-describedby');
  }

  // ——— Values ———

  fill(values: FormValues): void {
    for (const [path, input] of this.texts) input.value = values.text[path];
    for (const [path, area] of this.lists) area.value = values.lists[path];
    for (const [id, select] of this.rules) select.value = values.rules[id] ?? '';
    for (const [day, box] of this.days) box.checked = values.days.includes(day);
    for (const [channel, radio] of this.channels) radio.checked = values.channel === channel;
    this.firstNames.checked = values.matchFirstNames;
    this.sync();
  }

  values(): FormValues {
    const text = {} as Record<TextField, string>;
    for (const path of TEXT_FIELDS) text[path] = this.texts.get(path)!.value;
    const lists = {} as Record<ListField, string>;
    for (const path of LIST_FIELDS) lists[path] = this.lists.get(path)!.value;
    const rules: FormValues['rules'] = {};
    for (const [id, select] of this.rules) {
      if (select.value) rules[id] = select.value as RuleSetting;
    }
    return {
      text,
      lists,
      rules,
      days: WEEKDAYS.filter((day) => this.days.get(day)!.checked),
      channel: CHANNELS.find((c) => this.channels.get(c)!.checked) ?? 'email',
      matchFirstNames: this.firstNames.checked,
    };
  }

  /** Shows what depends on other controls: the form link only for the form channel, the hours-off note. */
  private sync(): void {
    const values = this.values();
    this.templateField.hidden = values.channel !== 'form';
    this.hoursOff.hidden = values.days.length > 0;
  }

  // ——— Problems, needed fields, read-only ———

  /** Shows each problem next to its control; returns the ones that belong to no control. */
  showProblems(problems: readonly FieldProblem[]): FieldProblem[] {
    const byField = new Map<string, FieldProblem[]>();
    const loose: FieldProblem[] = [];
    for (const problem of problems) {
      if (!this.parts.has(problem.field)) loose.push(problem);
      else byField.set(problem.field, [...(byField.get(problem.field) ?? []), problem]);
    }
    for (const [path, part] of this.parts) {
      const mine = byField.get(path) ?? [];
      part.error.replaceChildren(
        ...mine.map((p) =>
          el(
            'span',
            { class: 'message' },
            el('span', { class: 'visually-hidden' }, `${t('options_error_prefix')} `),
            p.line ? t('options_problem_line', String(p.line), p.message) : p.message,
          ),
        ),
      );
      part.error.hidden = mine.length === 0;
      for (const control of part.controls) {
        if (mine.length > 0) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      }
      part.error.closest('.field, .choices, .choice')?.classList.toggle('invalid', mine.length > 0);
      this.describe(path);
    }
    return loose;
  }

  /** Tags the fields the school still needs to fill in. */
  showNeeded(paths: readonly string[]): void {
    for (const [path, part] of this.parts) {
      if (!part.needed) continue;
      part.needed.hidden = !paths.includes(path);
      this.describe(path);
    }
  }

  /** What the error summary and the "still to fill in" list call a field, and how to reach it. */
  fieldName(path: string): string | undefined {
    return this.parts.get(path)?.name;
  }

  focusField(path: string): void {
    const part = this.parts.get(path);
    if (!part) return;
    // The form link lives in a section that only shows for the form channel.
    if (path === 'report.urlTemplate') this.templateField.hidden = false;
    part.focus.focus();
    part.focus.scrollIntoView({ block: 'center' });
  }

  /** The id a link should point at, so it works without script too. */
  anchorOf(path: string): string | undefined {
    return this.parts.get(path)?.focus.id;
  }

  setReadOnly(readOnly: boolean): void {
    for (const control of this.form.querySelectorAll<HTMLInputElement>(
      '.fields input, .fields select, .fields textarea',
    ))
      control.disabled = readOnly;
  }
}
