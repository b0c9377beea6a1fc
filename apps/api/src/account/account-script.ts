/**
 * The account pages' script, served as /account/account.js (the CSP allows same-origin scripts only). It reads
 * the link's token from the address, asks the JSON API what the link is for, sends the form, and on success
 * keeps the session in sessionStorage under `care-awards.session` ({ accessToken, tokenType, expiresAt, user })
 * for the web workspaces of a later issue. It only ever sets `textContent`, so nothing from the API becomes
 * markup. Plain ES2020 for every current browser; no build step.
 */
export const ACCOUNT_SCRIPT = String.raw`'use strict';
(function () {
  var root = document.getElementById('account');
  if (!root) return;
  var page = root.dataset.page;
  var lang = root.dataset.lang;
  var t = JSON.parse(document.getElementById('account-text').textContent);
  var token = new URLSearchParams(location.search).get('token') || '';
  var $ = function (id) { return document.getElementById(id); };
  var form = $('account-form');
  var purpose = $('purpose');
  var submit = $('submit');
  var existingAccount = false;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key] == null ? '' : String(values[key]); });
  }
  function when(iso) {
    return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });
  }
  async function call(method, path, body) {
    var response = await fetch(path, {
      method: method,
      headers: { accept: 'application/json', 'content-type': 'application/json', 'accept-language': lang },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
    });
    var json = null;
    try { json = await response.json(); } catch (e) { json = null; }
    return { status: response.status, body: json || {} };
  }
  function invalid() {
    purpose.textContent = t.invalid;
    purpose.classList.add('problem');
    form.hidden = true;
  }
  function show(name, visible) {
    var block = form.querySelector('[data-field="' + name + '"]');
    if (!block) return;
    block.hidden = !visible;
    var input = block.querySelector('input');
    if (input) input.disabled = !visible;
  }
  function setError(name, message) {
    var input = $(name);
    var slot = $(name + '-error');
    if (slot) slot.textContent = message || '';
    if (input) input.setAttribute('aria-invalid', message ? 'true' : 'false');
  }
  function clearErrors() {
    ['displayName', 'password', 'confirm'].forEach(function (n) { setError(n, ''); });
    $('form-error').textContent = '';
  }

  var peeks = {
    invitation: '/auth/invitations/',
    'enterprise-invitation': '/enterprise-invitations/by-token/',
    'reset-password': '/auth/password-reset/',
  };

  function describe(info) {
    var key = page;
    if (page === 'enterprise-invitation' && info.accountExists) {
      key = 'enterprise-invitation-existing';
      existingAccount = true;
      show('displayName', false);
      show('confirm', false);
      $('password-label').textContent = t.labels.accountPassword;
      $('password').setAttribute('autocomplete', 'current-password');
      $('password').removeAttribute('minlength');
      submit.textContent = t.buttons[key];
    }
    var name = lang === 'zh' && info.enterpriseNameZh ? info.enterpriseNameZh : info.enterpriseName;
    purpose.textContent = fill(t.purpose[key], {
      inviterName: info.inviterName,
      role: t.roles[info.role] || info.role,
      email: info.email,
      enterpriseName: name,
      expiresAt: info.expiresAt ? when(info.expiresAt) : '',
    });
    if ($('email')) $('email').value = info.email || '';
    if ($('displayName') && info.displayName) $('displayName').value = info.displayName;
  }

  function check() {
    var ok = true;
    var name = $('displayName');
    if (name && !name.disabled && !name.value.trim()) { setError('displayName', t.errors.required); ok = false; }
    var password = $('password');
    if (password) {
      if (!password.value) { setError('password', t.errors.required); ok = false; }
      else if (!existingAccount && password.value.length < 12) { setError('password', t.errors.tooShort); ok = false; }
    }
    var confirm = $('confirm');
    if (confirm && !confirm.disabled && password && ok && confirm.value !== password.value) {
      setError('confirm', t.errors.mismatch);
      ok = false;
    }
    if (!ok) {
      var first = form.querySelector('[aria-invalid="true"]');
      if (first) first.focus();
    }
    return ok;
  }

  function request() {
    var password = $('password') ? $('password').value : '';
    switch (page) {
      case 'invitation':
        return ['/auth/invitations/accept', { token: token, displayName: $('displayName').value, password: password, language: lang }];
      case 'enterprise-invitation':
        var body = { token: token, password: password, language: lang };
        if (!existingAccount) body.displayName = $('displayName').value;
        return ['/enterprise-invitations/accept-by-token', body];
      case 'verify-email':
        return ['/auth/verify-email', { token: token }];
      default:
        return ['/auth/password-reset/confirm', { token: token, newPassword: password }];
    }
  }

  function succeed(body) {
    var text;
    if (body.accessToken) {
      sessionStorage.setItem('care-awards.session', JSON.stringify({
        accessToken: body.accessToken,
        tokenType: body.tokenType,
        expiresAt: new Date(Date.now() + body.expiresIn * 1000).toISOString(),
        user: body.user,
      }));
      text = fill(t.signedIn, {
        displayName: body.user.displayName,
        email: body.user.email,
        role: t.roleNames[body.user.role] || body.user.role,
      });
      $('session-note').hidden = false;
    } else if (body.twoFactorRequired) {
      // A reset never skips the second factor: the password is changed, the sign-in asks for the code.
      text = t.secondFactorNext;
    } else {
      text = fill(t.verified, { email: body.email });
    }
    $('done-text').textContent = text;
    form.hidden = true;
    purpose.hidden = true;
    $('done').hidden = false;
    $('done').focus();
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    clearErrors();
    if (!check()) return;
    var label = submit.textContent;
    submit.disabled = true;
    submit.textContent = t.working;
    try {
      var r = request();
      var res = await call('POST', r[0], r[1]);
      if (res.status >= 200 && res.status < 300) return succeed(res.body);
      if (res.status === 404) return invalid();
      var placed = false;
      (res.body.details || []).forEach(function (d) {
        var field = d.field === 'newPassword' ? 'password' : d.field;
        if ($(field + '-error')) { setError(field, d.message); placed = true; }
      });
      if (!placed) $('form-error').textContent = res.body.message || t.errors.network;
      var first = form.querySelector('[aria-invalid="true"]');
      if (first) first.focus();
    } catch (e) {
      $('form-error').textContent = t.errors.network;
    } finally {
      submit.disabled = false;
      submit.textContent = label;
    }
  });

  (async function start() {
    if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) return invalid();
    var info = {};
    if (peeks[page]) {
      var res;
      try { res = await call('GET', peeks[page] + encodeURIComponent(token)); }
      catch (e) { purpose.textContent = t.errors.network; return; }
      if (res.status !== 200) return invalid();
      info = res.body;
    }
    describe(info);
    form.hidden = false;
  })();
})();
`;
