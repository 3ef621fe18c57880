// Follows a running CIN census import: polls its API resource, moves the progress bar, and reloads the page once
// the import has finished so that the server shows the summary and findings. Without JavaScript the page offers
// a refresh link instead.
(function () {
  var block = document.getElementById('import-progress');
  if (!block) {
    return;
  }
  var url = block.getAttribute('data-status-url');
  var bar = document.getElementById('progress-bar');
  var text = document.getElementById('progress-text');
  var refresh = document.getElementById('progress-refresh');
  var announced = -1;
  if (refresh) {
    refresh.textContent = 'The file is being checked, then imported. This page shows the result when it has finished.';
  }

  function show(progress) {
    bar.value = progress;
    bar.textContent = progress + '%';
    // Announce in steps of a tenth, so that a screen reader is not interrupted every second.
    var step = Math.floor(progress / 10) * 10;
    if (step !== announced) {
      announced = step;
      text.textContent = progress + '% of the file read';
    }
  }

  function poll() {
    var request = new XMLHttpRequest();
    request.open('GET', url);
    request.setRequestHeader('Accept', 'application/json');
    request.onload = function () {
      if (request.status === 200) {
        var status = JSON.parse(request.responseText);
        show(status.progress);
        if (status.status !== 'RUNNING') {
          window.location.reload();
          return;
        }
      }
      window.setTimeout(poll, 1000);
    };
    request.onerror = function () {
      window.setTimeout(poll, 2000);
    };
    request.send();
  }

  window.setTimeout(poll, 300);
}());
