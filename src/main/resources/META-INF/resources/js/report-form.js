// Progressive help for the report form; the form works the same without it.
(function () {
  'use strict';
  var form = document.getElementById('report-form');
  if (!form) { return; }

  // Show only the subcategories of the chosen category.
  var sub = document.getElementById('subcategory');
  function syncSubcategories() {
    var chosen = form.querySelector('input[name=category]:checked');
    Array.prototype.forEach.call(sub.querySelectorAll('optgroup'), function (g) {
      var show = !chosen || g.getAttribute('data-category') === chosen.value;
      g.hidden = !show; g.disabled = !show;
    });
    var selected = sub.options[sub.selectedIndex];
    if (selected && selected.parentNode.disabled) { sub.value = ''; }
  }
  Array.prototype.forEach.call(form.querySelectorAll('input[name=category]'), function (r) {
    r.addEventListener('change', syncSubcategories);
  });
  syncSubcategories();

  // Filter the unit list as the citizen types a name.
  var unit = document.getElementById('unit');
  var filter = document.getElementById('unit-filter');
  var win = document.getElementById('window');
  if (filter && unit) {
    filter.hidden = false;
    filter.addEventListener('input', function () {
      var q = filter.value.trim();
      Array.prototype.forEach.call(unit.querySelectorAll('optgroup'), function (g) {
        var groupMatches = g.label.indexOf(q) >= 0;
        var any = false;
        Array.prototype.forEach.call(g.querySelectorAll('option'), function (o) {
          var show = !q || groupMatches || o.textContent.indexOf(q) >= 0;
          o.hidden = !show; any = any || show;
        });
        g.hidden = !any;
      });
    });
  }
  // Offer only the windows of the chosen unit.
  function syncWindows() {
    var u = unit.value;
    Array.prototype.forEach.call(win.querySelectorAll('option[data-unit]'), function (o) {
      var show = !u || o.getAttribute('data-unit') === u;
      o.hidden = !show; o.disabled = !show;
    });
    Array.prototype.forEach.call(win.querySelectorAll('optgroup[data-unit]'), function (g) {
      var show = !u || g.getAttribute('data-unit') === u;
      g.hidden = !show; g.disabled = !show;
    });
    var selected = win.options[win.selectedIndex];
    if (selected && selected.disabled) { win.value = ''; }
  }
  if (unit && win) { unit.addEventListener('change', syncWindows); syncWindows(); }

  // Count characters of the narrative as the citizen types.
  var narrative = document.getElementById('narrative');
  var counter = document.getElementById('narrative-count');
  if (narrative && counter) {
    var max = parseInt(narrative.getAttribute('data-max'), 10);
    var en = document.documentElement.lang === 'en';
    var update = function () {
      var n = Array.from(narrative.value).length;
      counter.hidden = false;
      counter.textContent = en ? n + ' / ' + max + ' characters' : '已输入 ' + n + ' / ' + max + ' 字';
      counter.className = 'counter' + (n > max ? ' over' : '');
    };
    narrative.addEventListener('input', update);
    update();
  }

  // 匿名: the identity fields are not kept, so they are put away (without JavaScript they stay, and are ignored).
  var realName = document.getElementById('real-name-fields');
  function syncIdentity() {
    var chosen = form.querySelector('input[name=identity]:checked');
    if (realName) { realName.hidden = !!chosen && chosen.value === 'ANONYMOUS'; }
  }
  Array.prototype.forEach.call(form.querySelectorAll('input[name=identity]'), function (r) {
    r.addEventListener('change', syncIdentity);
  });
  syncIdentity();

  // One tap, one report: the button is disabled while the form is being sent.
  var button = document.getElementById('submit-report');
  form.addEventListener('submit', function () {
    if (button.disabled) { return; }
    window.setTimeout(function () { button.disabled = true; button.textContent = button.getAttribute('data-busy'); }, 0);
  });

  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }
})();
