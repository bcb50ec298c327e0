// A "copy link" button copies the address in the field it names (data-copy) and says so.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-copy]");
  if (!button) {
    return;
  }
  var field = document.getElementById(button.dataset.copy);
  field.select();
  var done = function () {
    button.textContent = button.dataset.copied;
  };
  if (navigator.clipboard) {
    navigator.clipboard.writeText(field.value).then(done, function () {});
  } else if (document.execCommand("copy")) {
    done();
  }
});
