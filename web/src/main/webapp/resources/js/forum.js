// A refused flag or moderation step shows its message inside a folded <details>: unfold it, and
// move the focus to the first field with a message, so the reader sees what to correct.
document.addEventListener('DOMContentLoaded', function () {
  var first = null;
  document.querySelectorAll('details').forEach(function (details) {
    var error = details.querySelector('.field-error');
    if (error && error.textContent.trim() !== '') {
      details.open = true;
      if (!first) {
        first = details.querySelector('textarea, input, select');
      }
    }
  });
  if (first) {
    first.focus();
  }
});
