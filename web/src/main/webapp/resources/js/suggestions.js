// Suggestions for a search box, as the reader types: fetched from the search API into the box's
// <datalist>, which the browser offers as a keyboard-accessible list. Choosing one searches it.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('input[data-suggestions]').forEach(function (box) {
    var list = document.getElementById(box.getAttribute('list'));
    var timer = null;
    var asked = '';
    box.addEventListener('input', function (event) {
      var chosen = Array.prototype.some.call(list.options, function (option) {
        return option.value === box.value;
      });
      if (chosen && event.inputType !== 'insertText' && event.inputType !== 'deleteContentBackward') {
        box.form.submit();
        return;
      }
      clearTimeout(timer);
      var typed = box.value.trim();
      if (typed.length < 2 || typed === asked) {
        return;
      }
      timer = setTimeout(function () {
        asked = typed;
        fetch(box.dataset.suggestions + '?q=' + encodeURIComponent(typed), {
          headers: { Accept: 'application/json' }
        })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (words) {
            list.replaceChildren.apply(list, words.slice(0, 8).map(function (word) {
              var option = document.createElement('option');
              option.value = word;
              return option;
            }));
          })
          .catch(function () { /* no suggestions this time; the search still works */ });
      }, 250);
    });
  });
});
