// Renders the API's description on /api with Swagger UI. "Try it out" calls the API as the person
// signed in on this browser; the header says the call comes from a script, which the API asks of
// every change that has no JSON body (a cross-site form cannot send it).
(function () {
  var root = document.getElementById('api-reference');
  if (!root || typeof window.SwaggerUIBundle !== 'function') {
    return;
  }
  window.SwaggerUIBundle({
    url: root.getAttribute('data-description'),
    domNode: root,
    // Deep links put a link inside each operation's button, out of reach of a screen reader; the
    // highlighter's colours are too faint on its dark background. Plain text reads as well.
    deepLinking: false,
    syntaxHighlight: false,
    validatorUrl: null,
    requestInterceptor: function (request) {
      request.headers['X-Requested-With'] = 'XMLHttpRequest';
      return request;
    }
  });
  // Swagger UI gives a request body's content-type label the id of the list inside it: one id
  // twice on the page. The label needs none; it wraps the list it names.
  new MutationObserver(function () {
    root.querySelectorAll('label[id]').forEach(function (label) {
      if (label.querySelector('[id="' + label.id + '"]')) {
        label.removeAttribute('id');
      }
    });
  }).observe(root, { childList: true, subtree: true });
})();
