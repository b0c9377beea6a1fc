import { CREDIT_CODE_MESSAGES_ZH, creditCodeProblem } from '@app/enterprises';

/** What a constraint's Chinese message is written from: the field, its constraint's arguments and the value. */
export interface ConstraintFailure {
  /** The field as the message names it (`items`, or `each value in items` for a per-element rule). */
  subject: string;
  constraints: unknown[];
  value: unknown;
}

const list = (values: unknown) => (Array.isArray(values) ? values.join('、') : String(values));

/**
 * The Chinese of every class-validator constraint a DTO uses, by constraint name, with its arguments. The
 * English stays class-validator's own text (or the DTO's custom message), which clients already know; the
 * catalog spec proves every constraint of every DTO has an entry here.
 */
export const CONSTRAINT_MESSAGES_ZH: Record<string, (f: ConstraintFailure) => string> = {
  isDefined: (f) => `${f.subject} 不能为 null 或 undefined`,
  isString: (f) => `${f.subject} 必须是字符串`,
  isInt: (f) => `${f.subject} 必须是整数`,
  isNumber: (f) => `${f.subject} 必须是符合指定约束的数字`,
  isBoolean: (f) => `${f.subject} 必须是布尔值`,
  isDate: (f) => `${f.subject} 必须是 Date 实例`,
  isArray: (f) => `${f.subject} 必须是数组`,
  isObject: (f) => `${f.subject} 必须是对象`,
  isEmail: (f) => `${f.subject} 必须是电子邮件地址`,
  isUuid: (f) => `${f.subject} 必须是 UUID`,
  isIn: (f) => `${f.subject} 必须是以下值之一：${list(f.constraints[0])}`,
  isNotEmpty: (f) => `${f.subject} 不能为空`,
  isPositive: (f) => `${f.subject} 必须是正数`,
  min: (f) => `${f.subject} 不能小于 ${String(f.constraints[0])}`,
  max: (f) => `${f.subject} 不能大于 ${String(f.constraints[0])}`,
  minLength: (f) => `${f.subject} 的长度不能少于 ${String(f.constraints[0])} 个字符`,
  maxLength: (f) => `${f.subject} 的长度不能超过 ${String(f.constraints[0])} 个字符`,
  matches: (f) => `${f.subject} 必须符合格式 ${String(f.constraints[0])}`,
  arrayMinSize: (f) => `${f.subject} 至少要有 ${String(f.constraints[0])} 个元素`,
  arrayMaxSize: (f) => `${f.subject} 最多只能有 ${String(f.constraints[0])} 个元素`,
  arrayUnique: (f) => `${f.subject} 的元素不能重复`,
  isCreditCode: (f) =>
    typeof f.value === 'string'
      ? CREDIT_CODE_MESSAGES_ZH[creditCodeProblem(f.value) ?? 'check']
      : `${f.subject} 必须是字符串`,
  // Raised by the validator itself rather than a decorator's rule.
  whitelistValidation: (f) => `不应有属性 ${f.subject}`,
  nestedValidation: (f) => `嵌套属性 ${f.subject} 必须是对象或数组`,
  unknownValue: () => '传入了无法校验的值',
};

/**
 * The Chinese of the DTOs' own messages (a `{ message }` on a decorator), by their English text: these say
 * more than the constraint does (what a pattern means, when a field is required), so each is translated.
 */
export const CUSTOM_MESSAGES_ZH: Record<string, string> = {
  'email must be an email address': 'email 必须是电子邮件地址',
  'email must be at most 254 characters': 'email 最多 254 个字符',
  'password must be a string': 'password 必须是字符串',
  'password must be at least 12 characters': 'password 至少 12 个字符',
  'password must be at most 200 characters': 'password 最多 200 个字符',
  'newPassword must be a string': 'newPassword 必须是字符串',
  'newPassword must be at least 12 characters': 'newPassword 至少 12 个字符',
  'newPassword must be at most 200 characters': 'newPassword 最多 200 个字符',
  'displayName must not be empty': 'displayName 不能为空',
  'currentPassword must not be empty': 'currentPassword 不能为空',
  'role must be organizer or judge': 'role 必须是 organizer 或 judge',
  'role must be organizer or judge (enterprise users register themselves)':
    'role 必须是 organizer 或 judge（企业用户自行注册）',
  'from must be an ISO 8601 date-time': 'from 必须是 ISO 8601 日期时间',
  'to must be an ISO 8601 date-time': 'to 必须是 ISO 8601 日期时间',
  'reason is required when rejecting': '驳回时必须填写 reason',
  'key must be a letter then letters, digits or _': 'key 必须以字母开头，其后为字母、数字或 _',
  'key must be 2-80 lower-case letters, digits or -': 'key 必须是 2 到 80 个小写字母、数字或 -',
  'fieldKey must be a letter then letters, digits or _': 'fieldKey 必须以字母开头，其后为字母、数字或 _',
  'version must be 2-40 lowercase letters, digits, dots or dashes':
    'version 必须是 2 到 40 个小写字母、数字、点或短横线',
  'changeId must be the id of the pending change you read': 'changeId 必须是你读取的待审变更的编号',
  'annualRevenue must be a non-negative decimal with at most 2 decimals':
    'annualRevenue 必须是非负小数，最多 2 位小数',
  'contactEmail must be an email address': 'contactEmail 必须是电子邮件地址',
  'contactPhone must be a phone number': 'contactPhone 必须是电话号码',
  'profileRevision must be the profileRevision of the profile you read':
    'profileRevision 必须是你读取的档案的 profileRevision',
  'evidenceHash must be 64 hexadecimal digits': 'evidenceHash 必须是 64 位十六进制数字',
  'slug must be lower-case letters, digits and single dashes': 'slug 必须由小写字母、数字和单个短横线组成',
  'stageType must be self-assessment, document-review, mystery-call, site-visit, final-panel or custom:<name>':
    'stageType 必须是 self-assessment、document-review、mystery-call、site-visit、final-panel 或 custom:<名称>',
  // invitations, verification, password resets, two-factor sign-in, languages and bulk onboarding
  'token must be a string': 'token 必须是字符串',
  'token must not be empty': 'token 不能为空',
  'token must be at most 200 characters': 'token 最多 200 个字符',
  'displayName must be a string': 'displayName 必须是字符串',
  'displayName must be at most 200 characters': 'displayName 最多 200 个字符',
  'language must be zh or en': 'language 必须是 zh 或 en',
  'challenge must not be empty': 'challenge 不能为空',
  'challenge must be a string': 'challenge 必须是字符串',
  'code must be 6 digits': 'code 必须是 6 位数字',
  'code must be a string of 6 digits': 'code 必须是 6 位数字的字符串',
  'code must be a string of 6 digits (or send recoveryCode)':
    'code 必须是 6 位数字的字符串（或改为提供 recoveryCode）',
  'code must be a string of 6 digits (or send password)':
    'code 必须是 6 位数字的字符串（或改为提供 password）',
  'recoveryCode must be a string': 'recoveryCode 必须是字符串',
  'password must not be empty': 'password 不能为空',
  'judgesRequireTwoFactor must be true or false': 'judgesRequireTwoFactor 必须是 true 或 false',
  'format must be csv or xlsx': 'format 必须是 csv 或 xlsx',
  'dryRun must be true or false': 'dryRun 必须是 true 或 false',
  'campaignId must be a UUID': 'campaignId 必须是 UUID',
  'role must be judge or organizer (enterprise users register themselves)':
    'role 必须是 judge 或 organizer（企业用户自行注册）',
  'state must be one of pending, accepted, revoked, expired':
    'state 必须是 pending、accepted、revoked 或 expired 之一',
};
