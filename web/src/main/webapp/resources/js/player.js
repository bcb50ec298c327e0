// Answers and reflections are saved as they are given. When the connection drops, the page says so,
// remembers what did not reach the server, and sends it again as soon as the browser is back online.
window.parityPlayer = (function () {
  var unsaved = {};

  function notice() {
    var element = document.getElementById('offline-notice');
    if (element) {
      element.hidden = Object.keys(unsaved).length === 0;
    }
  }

  function resend(id) {
    var field = document.getElementById(id);
    if (!field) {
      return;
    }
    if (field.tagName === 'TEXTAREA') {
      field.dispatchEvent(new Event('blur'));
      return;
    }
    var inputs = field.querySelectorAll('input:checked');
    if (inputs.length > 0) {
      inputs[inputs.length - 1].dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  function resendAll() {
    Object.keys(unsaved).forEach(resend);
  }

  // The "online" event does not come on every network that drops and returns: try again every few
  // seconds as well, for as long as something is waiting.
  window.addEventListener('online', resendAll);
  window.setInterval(function () {
    if (Object.keys(unsaved).length > 0 && navigator.onLine !== false) {
      resendAll();
    }
  }, 4000);

  return {
    unsaved: function (id) {
      unsaved[id] = true;
      notice();
    },
    saved: function (id, status) {
      if (status === 'success') {
        delete unsaved[id];
      } else {
        unsaved[id] = true;
      }
      notice();
    }
  };
})();
