import type { HttpException } from '@nestjs/common';
import type { Localized, LocalizedFieldProblem } from '@app/common';

/**
 * Every message the HTTP layer writes itself (guards, pipes, parsers, hooks, the filter), in both languages.
 * A typed catalog rather than i18next: the messages are few, each is a function of typed arguments, and a
 * missing translation is a compile error here, where i18next's string keys would only find it at run time.
 */
export const HttpMessages = {
  // authentication and access
  bearerRequired: { en: 'A bearer token is required', zh: '需要 Bearer 令牌' },
  bearerInvalid: { en: 'The bearer token is invalid or expired', zh: 'Bearer 令牌无效或已过期' },
  accountGone: {
    en: 'The account behind this token is disabled or gone',
    zh: '此令牌对应的账户已停用或不存在',
  },
  tokenRevoked: {
    en: 'This token was revoked by a change to the account (password, role or status); sign in again',
    zh: '账户已变更（密码、角色或状态），此令牌已失效；请重新登录',
  },
  partnerKeyInvalid: {
    en: 'The survey-partner key is invalid or revoked',
    zh: '调查合作方密钥无效或已吊销',
  },
  routeClosed: { en: 'This route is not open to any role', zh: '此路由不对任何角色开放' },
  partnerKeyOtherCampaign: {
    en: 'This survey-partner key is for another campaign',
    zh: '此调查合作方密钥属于另一个评选活动',
  },
  routeForRoles: (roles: string[]): Localized => ({
    en: `This route is for ${roles.join(' or ')} accounts`,
    zh: `此路由仅供 ${roles.join(' 或 ')} 账户使用`,
  }),
  metricsToken: { en: 'The metrics token is missing or wrong', zh: '监控指标令牌缺失或错误' },
  dashboardForOrganizers: {
    en: 'The queue dashboard is for organizer accounts',
    zh: '队列面板仅供组织者账户使用',
  },
  dashboardReadOnly: {
    en: 'The queue dashboard is read-only here (QUEUE_DASHBOARD_WRITABLE is not true)',
    zh: '此处队列面板为只读（QUEUE_DASHBOARD_WRITABLE 不是 true）',
  },

  // path parameters and bodies
  mustBeUuid: (name: string): Localized => ({ en: `${name} must be a UUID`, zh: `${name} 必须是 UUID` }),
  mustBePositiveInt: (name: string): Localized => ({
    en: `${name} must be a positive whole number`,
    zh: `${name} 必须是正整数`,
  }),
  validationFailed: (fields: string[]): Localized => ({
    en: `Validation failed: ${fields.join(', ')}`,
    zh: `校验未通过：${fields.join('、')}`,
  }),
  notUtf8: {
    en: 'The body is not valid UTF-8',
    zh: '请求体不是有效的 UTF-8 编码',
  },
  nulCharacters: {
    en: 'NUL characters (\\u0000) are not accepted',
    zh: '不接受 NUL 字符（\\u0000）',
  },
  loneSurrogates: {
    en: 'a text holds half of a UTF-16 surrogate pair (an escape like \\ud800 without its partner)',
    zh: '文本含有不成对的 UTF-16 代理项（如单独的 \\ud800 转义）',
  },
  jsonTooDeep: (max: number): Localized => ({
    en: `The JSON body nests deeper than ${max} levels`,
    zh: `JSON 请求体的嵌套超过 ${max} 层`,
  }),
  tooManyContainers: (found: number, max: number): Localized => ({
    en: `holds ${found} JSON objects and arrays; at most ${max} are accepted`,
    zh: `包含 ${found} 个 JSON 对象和数组；最多接受 ${max} 个`,
  }),
  batchTooManyContainers: (found: number, rows: number, max: number): Localized => ({
    en: `holds ${found} JSON objects and arrays; ${rows} responses need at most ${max}`,
    zh: `包含 ${found} 个 JSON 对象和数组；${rows} 条答卷最多只需 ${max} 个`,
  }),
  responsesMustBeArray: { en: 'responses must be an array', zh: 'responses 必须是数组' },
  responsesCount: (max: number): Localized => ({
    en: `responses must contain 1 to ${max} elements`,
    zh: `responses 必须包含 1 到 ${max} 个元素`,
  }),
  propertyShouldNotExist: (key: string): Localized => ({
    en: `property ${key} should not exist`,
    zh: `不应有属性 ${key}`,
  }),
  streamMediaType: {
    en: 'Send the file as text/csv or application/x-ndjson',
    zh: '请以 text/csv 或 application/x-ndjson 发送文件',
  },

  // large bodies
  largeBodiesWaiting: {
    en: 'Too many large bodies are waiting; retry shortly',
    zh: '等待处理的大请求体过多；请稍后重试',
  },
  bodyTimeout: (ms: number): Localized => ({
    en: `The body did not arrive within ${ms} ms (BATCH_BODY_TIMEOUT_MS)`,
    zh: `请求体未在 ${ms} 毫秒内到达（BATCH_BODY_TIMEOUT_MS）`,
  }),
  bodyTooLarge: (limit: number): Localized => ({
    en: `The body is larger than ${limit} bytes (BATCH_BODY_LIMIT_BYTES)`,
    zh: `请求体超过 ${limit} 字节（BATCH_BODY_LIMIT_BYTES）`,
  }),
  bodyTooLargeDetail: (limit: number): Localized => ({
    en: `larger than ${limit} bytes; send fewer responses per batch`,
    zh: `超过 ${limit} 字节；请每批发送更少的答卷`,
  }),

  // health and faults
  notReady: (fields: string[]): Localized => ({
    en: `Not ready: ${fields.join(', ') || 'a dependency'} unavailable`,
    zh: `未就绪：${fields.join('、') || '某个依赖'}不可用`,
  }),
  dependencyDown: (reason: string | undefined): Localized => ({
    en: `down: ${reason ?? 'no answer'}`,
    zh: `不可用：${reason ?? '无应答'}`,
  }),
  dependencyUnavailable: {
    en: 'A service this request needs is unavailable; retry shortly',
    zh: '此请求所需的服务暂不可用；请稍后重试',
  },
  internal: (requestId: string): Localized => ({
    en: `Internal error; quote request id ${requestId} when reporting it`,
    zh: `内部错误；报告时请注明请求编号 ${requestId}`,
  }),
} satisfies Record<string, Localized | ((...args: never[]) => Localized)>;

/**
 * Chinese for the messages that Nest, Fastify and the throttler write (their English stays as they wrote it,
 * which clients and tests already know). Matched by pattern, first match wins.
 */
const FOREIGN_MESSAGES_ZH: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^Cannot ([A-Z]+) (.*)$/s, (m) => `没有 ${m[1]} ${m[2]} 这个路由`],
  [/Too Many Requests/i, () => '请求过于频繁；请按 Retry-After 所示等待后重试'],
  [/^Unsupported Media Type:? ?(.*)$/is, (m) => `不支持的媒体类型：${m[1]}；请发送 application/json`],
  [/Body cannot be empty/i, () => '请求体为空，但 content-type 是 application/json'],
  [/JSON|Unexpected (token|end)|Unterminated/i, () => '请求体不是有效的 JSON'],
  [/body is too large/i, () => '请求体过大'],
];

/**
 * What an HTTP status means, for an error whose text the platform did not write (a framework's or a
 * library's): in Chinese the status's meaning is given and the original kept after it, so nothing is lost.
 */
const STATUS_MESSAGES_ZH: Record<number, string> = {
  400: '请求无效',
  401: '未通过身份验证',
  403: '无权访问',
  404: '未找到',
  405: '不允许此方法',
  406: '无法提供所要求的格式',
  408: '请求超时',
  409: '冲突',
  411: '需要 Content-Length',
  413: '请求体过大',
  414: '网址过长',
  415: '不支持的媒体类型',
  422: '无法处理',
  429: '请求过于频繁',
  431: '请求头过大',
  500: '内部错误',
  502: '网关错误',
  503: '服务暂不可用',
  504: '网关超时',
};

/** A message the platform did not write, as a Chinese reader gets it. */
export function foreignMessageZh(status: number, message: string): string {
  for (const [pattern, zh] of FOREIGN_MESSAGES_ZH) {
    const match = message.match(pattern);
    if (match) return zh(match);
  }
  const meaning =
    STATUS_MESSAGES_ZH[status] ?? (status >= 500 ? STATUS_MESSAGES_ZH[500] : STATUS_MESSAGES_ZH[400]);
  return `${meaning}（${message}）`;
}

/**
 * An HTTP exception whose message (and field problems) the filter answers in the request's language;
 * `code` names a stable code of its own where the status's is not precise enough.
 */
export function localizedException<E extends HttpException>(
  Type: new (response: object) => E,
  message: Localized,
  extra: { code?: string; details?: LocalizedFieldProblem[] } = {},
): E {
  const exception = new Type({ message, ...extra });
  // What the logs show.
  exception.message = message.en;
  return exception;
}
