/* Moves the keyboard focus to an element that an update has just shown (a form opened in place). */
function parityFocus(id) {
  var e = document.getElementById(id);
  if (e) {
    e.focus();
  }
}
