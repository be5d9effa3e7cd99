// The grid manager's phone pages: fills the position fields and keeps an unsent report on the phone until the
// server has it. A static file (no inline script), loaded with defer on every phone page; nothing here is required
// for the forms to work.
(function () {
  'use strict';

  function store() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  // The server shows a confirmed report: the copy kept on the phone can go.
  document.querySelectorAll('[data-keep-clear]').forEach(function (el) {
    var s = store();
    if (s) { s.removeItem(el.getAttribute('data-keep-clear')); }
  });

  // A report being typed is saved at every keystroke and restored after a failed submit, a reload or a re-login.
  document.querySelectorAll('textarea[data-keep]').forEach(function (area) {
    var s = store();
    if (!s) { return; }
    var key = area.getAttribute('data-keep');
    var kept = s.getItem(key);
    if (kept && !area.value) {
      area.value = kept;
      var note = area.form && area.form.querySelector('[data-keep-restored]');
      if (note) { note.hidden = false; }
    }
    area.addEventListener('input', function () {
      if (area.value) { s.setItem(key, area.value); } else { s.removeItem(key); }
    });
    if (area.form) {
      area.form.addEventListener('submit', function (event) {
        s.setItem(key, area.value);
        if (navigator.onLine === false) {
          event.preventDefault();
          var offline = area.form.querySelector('[data-offline]');
          if (offline) { offline.hidden = false; }
        }
      });
    }
  });

  // One tap, one post: the button is disabled while the page waits, and enabled again if the page comes back from history.
  document.querySelectorAll('form.m-form').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (event.defaultPrevented) { return; }
      form.querySelectorAll('button[type=submit]').forEach(function (b) { window.setTimeout(function () { b.disabled = true; }, 0); });
    });
  });
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form.m-form button[type=submit]').forEach(function (b) { b.disabled = false; });
  });

  // The phone's position, when it gives one (only on secure pages); the forms go without it otherwise.
  var fields = document.querySelectorAll('input[data-geo]');
  if (fields.length === 0) { return; }
  var statuses = document.querySelectorAll('[data-geo-status]');
  function status(text) { statuses.forEach(function (el) { el.textContent = text; }); }
  if (!navigator.geolocation || !window.isSecureContext) { return; }
  status(statuses[0].getAttribute('data-waiting'));
  navigator.geolocation.getCurrentPosition(function (position) {
    fields.forEach(function (input) {
      var value = input.getAttribute('data-geo') === 'latitude' ? position.coords.latitude : position.coords.longitude;
      input.value = value.toFixed(6);
    });
    status(position.coords.latitude.toFixed(6) + ', ' + position.coords.longitude.toFixed(6) + ' (±' + Math.round(position.coords.accuracy) + ' m)');
  }, function () {
    status(statuses[0].getAttribute('data-none'));
  }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
})();
