// Northwind console: the analytics dashboard's charts (Chart.js, from its WebJar). Written for this project, Apache-2.0.
// The figures come from /console/analytics/data.json with the page's own filters; the tables carry the same numbers.
(function () {
  'use strict';
  var source = document.getElementById('analytics-data');
  if (!source || !window.Chart) { return; }
  var agentView = source.dataset.agentView === 'true';
  var TEAL = '#1d5c63', BLUE = '#1f3a5f', AMBER = '#e0a800', RED = '#b42318', GREY = '#9ca3af';
  window.Chart.defaults.animation = false;
  window.Chart.defaults.maintainAspectRatio = false;

  function percent(v) { return v === null || v === undefined ? null : Math.round(v * 1000) / 10; }
  function minutes(v) { return v === null || v === undefined ? null : Math.round(v / 6) / 10; }
  function seconds(v) { return v === null || v === undefined ? null : Math.round(v * 10) / 10; }

  fetch(source.dataset.url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(draw)
    .catch(function () { document.body.dataset.chartsFailed = 'true'; });

  function draw(d) {
    var labels = d.periods.map(function (p) { return p.label; });
    var volume = agentView
      ? [{ type: 'bar', label: 'hand-overs', data: d.periods.map(function (p) { return p.handoffs; }), backgroundColor: BLUE }]
      : [{ type: 'bar', label: 'conversations', data: d.periods.map(function (p) { return p.conversations; }), backgroundColor: BLUE, yAxisID: 'y' },
         { type: 'line', label: 'contained %', data: d.periods.map(function (p) { return percent(p.containmentRate); }), borderColor: TEAL, backgroundColor: TEAL, yAxisID: 'share' },
         { type: 'line', label: 'escalated %', data: d.periods.map(function (p) { return percent(p.escalationRate); }), borderColor: AMBER, backgroundColor: AMBER, yAxisID: 'share' }];
    var scales = { y: { beginAtZero: true, grace: '10%', ticks: { precision: 0 } } };
    if (!agentView) { scales.share = { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, title: { display: true, text: '%' } }; }
    new window.Chart(document.getElementById('chart-volume'), { data: { labels: labels, datasets: volume }, options: { scales: scales } });

    var ratings = ['1', '2', '3', '4', '5'];
    var csat = agentView
      ? [{ label: 'your ratings', data: d.agentSurveys.distribution, backgroundColor: BLUE }]
      : [{ label: 'bot', data: d.botSurveys.distribution, backgroundColor: TEAL },
         { label: 'agents', data: d.agentSurveys.distribution, backgroundColor: BLUE }];
    new window.Chart(document.getElementById('chart-csat'), { type: 'bar', data: { labels: ratings, datasets: csat },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { title: { display: true, text: 'rating' } } } } });

    var times = document.getElementById('chart-times');
    if (times) {
      new window.Chart(times, { type: 'line', data: { labels: labels, datasets: [
        // The bot answers in seconds, people in minutes: the bot has an axis of its own.
        { label: 'bot first response (s, right)', data: d.periods.map(function (p) { return seconds(p.botFirstResponseSeconds); }), borderColor: TEAL, backgroundColor: TEAL, borderDash: [6, 4], yAxisID: 'bot' },
        { label: 'queue wait (min)', data: d.periods.map(function (p) { return minutes(p.queueWaitSeconds); }), borderColor: AMBER, backgroundColor: AMBER },
        { label: 'agent first response (min)', data: d.periods.map(function (p) { return minutes(p.agentFirstResponseSeconds); }), borderColor: BLUE, backgroundColor: BLUE },
        { label: 'handle time (min)', data: d.periods.map(function (p) { return minutes(p.handleTimeSeconds); }), borderColor: RED, backgroundColor: RED }
      ] }, options: { scales: { y: { beginAtZero: true, grace: '10%', title: { display: true, text: 'min' } },
        bot: { position: 'right', beginAtZero: true, grace: '10%', grid: { drawOnChartArea: false }, title: { display: true, text: 's' } } } } });
    }
    document.body.dataset.chartsReady = 'true';
  }
})();
