// The review page: a click on the source shows the measure in the draft, and the other way round.
(function () {
    'use strict';

    function mark(elements) {
        document.querySelectorAll('.current').forEach(function (el) { el.classList.remove('current'); });
        elements.forEach(function (el) { el.classList.add('current'); });
        if (elements.length) { elements[0].scrollIntoView({block: 'center'}); }
    }

    function showInDraft(key) {
        var item = document.getElementById('draft-' + key);
        if (item) { mark([item]); }
    }

    function showInSource(key) {
        mark(Array.prototype.slice.call(document.querySelectorAll('#source [data-m="' + key + '"]')));
    }

    document.addEventListener('click', function (e) {
        if (e.target.closest('form, a, button, input, select')) { return; }
        var inSource = e.target.closest('#source [data-m]');
        if (inSource) { showInDraft(inSource.getAttribute('data-m')); return; }
        var measure = e.target.closest('.draft-measure[data-m]');
        if (measure) { showInSource(measure.getAttribute('data-m')); }
    });

    // After an act sent by htmx the page comes back without an anchor: it opens at the message
    // beside the item acted on, as a plain form's redirect to the item's anchor does.
    document.addEventListener('DOMContentLoaded', function () {
        if (window.location.hash) { return; }
        var message = document.querySelector('#draft .feedback-message');
        if (message) { (message.closest('[id^="draft-"]') || message).scrollIntoView({block: 'start'}); }
    });

    document.addEventListener('keydown', function (e) {
        var measure = e.target.closest && e.target.closest('.draft-measure[data-m]');
        if (measure && e.key === 'Enter' && e.target === measure) { showInSource(measure.getAttribute('data-m')); }
    });
}());
