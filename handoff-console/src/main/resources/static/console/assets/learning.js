// Northwind console: progress of a background retraining of the intent model. Written for this project, Apache-2.0.
// Polls the training status while one runs and reloads the page when it has ended, to show the gate's result.
(function () {
  'use strict';
  if (document.body.dataset.page !== 'models') { return; }
  var box = document.getElementById('training');
  if (!box || box.dataset.running !== 'true') { return; }
  var url = document.body.dataset.trainingUrl;
  var phase = document.getElementById('training-phase');
  var bar = document.getElementById('training-progress');
  var percent = document.getElementById('training-percent');
  var polls = 0;
  var MAX_POLLS = 3600; // two hours at one poll every two seconds

  function poll() {
    if (++polls > MAX_POLLS) { return; }
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('status ' + response.status); }
        return response.json();
      })
      .then(function (status) {
        if (phase) { phase.textContent = status.phase; }
        if (bar) { bar.value = status.percent; }
        if (percent) { percent.textContent = status.percent + ' %'; }
        if (status.running) { window.setTimeout(poll, 2000); } else { window.location.reload(); }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
}());
