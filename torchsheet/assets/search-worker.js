(function () {
  // The reader's query, split as the index was split (the separator in
  // mkdocs.yml), so that the theme sees the same terms the index holds:
  // `x.view(-1)` is `x.view 1`, `shape '[32, -1]'` is `shape ' 32 1 '`.
  var separator = new RegExp(__SEPARATOR__, "g");
  // What this build's index is: a cached index of another build is not used.
  var BUILD = __BUILD__;
  var DOCUMENTS = __DOCUMENTS__;
  var KEEP_AFTER_MS = 1500;
  var typing = true;

  // The page hands the worker a search_index.json without its documents,
  // so that a page does not parse and copy them (twice, for the theme reads
  // the file twice) while it loads; the worker fetches them itself, now.
  var documents = fetch(new URL("../../../search/" + DOCUMENTS + "?" + BUILD,
                                self.location).href)
    .then(function (response) { return response.ok ? response.json() : null; })
    .catch(function () { return null; });

  // The theme builds its lunr index from those documents on every page load.
  // The first page of a visit builds it and keeps it (the serialised index and
  // the theme's table of word positions, which it highlights with) in
  // IndexedDB; the next pages load that instead of building it again. Until
  // both have answered, the theme's worker sees no message.
  var saved = null;
  var recorded = null;
  var waiting = null;
  var replaying = false;
  var caching = typeof indexedDB !== "undefined";
  var keepLater = null;

  function openStore() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open("torchsheet-search", 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore("index");
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function lookUp() {
    if (!caching) return Promise.resolve(null);
    return openStore().then(function (db) {
      return new Promise(function (resolve) {
        var request = db.transaction("index").objectStore("index").get(BUILD);
        request.onsuccess = function () {
          resolve(typeof request.result === "string"
            ? JSON.parse(request.result) : null);
        };
        request.onerror = function () { resolve(null); };
      });
    }).catch(function () { return null; });
  }

  function keep(index, tables) {
    var text = JSON.stringify({ index: index.toJSON(), tables: tables });
    openStore().then(function (db) {
      var store = db.transaction("index", "readwrite").objectStore("index");
      store.clear();  // one build at a time
      store.put(text, BUILD);
    }).catch(function () {});
  }

  // Both start now, before the page sends its message.
  var cached = lookUp();

  addEventListener("message", function (event) {
    var message = event.data;
    if (replaying) return;
    if (message && message.type === 0) {
      event.stopImmediatePropagation();
      waiting = [message];
      Promise.all([documents, cached]).then(function (found) {
        if (found[0]) message.data.docs = found[0].docs;
        saved = found[1];
        var queue = waiting;
        waiting = null;
        queue.forEach(replay);
      });
      return;
    }
    if (waiting) {
      event.stopImmediatePropagation();
      waiting.push(message);
      return;
    }
    rewriteQuery(message);
  });

  function replay(message) {
    rewriteQuery(message);
    replaying = true;
    try {
      dispatchEvent(new MessageEvent("message", { data: message }));
    } finally {
      replaying = false;
    }
  }

  function rewriteQuery(message) {
    if (message && message.type === 2 && typeof message.data === "string") {
      var query = message.data;
      // A query that ends in a space, a bracket or a quote is finished; one
      // that ends in a letter or digit may be a word still being typed.
      typing = /[\w.]$/.test(query);
      message.data = query.split(separator).filter(Boolean).join(" ");
    }
  }

  importScripts(__THEME_WORKER__);
  var lunr = self.lunr;

  // The theme gives each field of each document a fresh position table
  // (`lunr.tokenizer.table`) in the field's extractor, and its tokenizer fills
  // it. Record those tables while building; when loading, refill them.
  var Builder = lunr.Builder.prototype;
  var field = Builder.field, add = Builder.add, build = Builder.build;
  Builder.field = function (name, attributes) {
    var extract = attributes && attributes.extractor;
    if (extract) {
      attributes.extractor = function (doc) {
        var value = extract(doc);
        if (value === undefined) return value;
        var key = doc.location + ":" + name;
        if (saved) {
          var rows = saved.tables[key] || [];
          for (var i = 0; i < rows.length; i++) lunr.tokenizer.table.push(rows[i]);
        } else {
          (recorded = recorded || {})[key] = lunr.tokenizer.table;
        }
        return value;
      };
    }
    return field.call(this, name, attributes);
  };
  Builder.add = function (doc, attributes) {
    if (!saved) return add.call(this, doc, attributes);
    for (var name in this._fields) {
      var extract = this._fields[name].extractor;
      if (extract) extract(doc);
    }
  };
  Builder.build = function () {
    if (saved) return lunr.Index.load(saved.index);
    var index = build.call(this);
    if (caching) {
      var tables = recorded || {};
      // Writing it takes a moment: after the first answer has gone, or after
      // KEEP_AFTER_MS if no query comes.
      keepLater = function () { keepLater = null; keep(index, tables); };
      setTimeout(function () { if (keepLater) keepLater(); }, KEEP_AFTER_MS);
    }
    recorded = null;
    return index;
  };

  // The theme turns every word into a prefix query ("to" -> "to*"). Keep the
  // prefix on the word being typed only: the others match whole words (stop
  // words such as "a" and "to" drop out, as lunr intends), and so do numbers.
  // The word being typed counts fully as it stands and a tenth for each of its
  // longer forms, so that "causal mask" prefers "mask" to "masked_fill".
  var search = lunr.Index.prototype.search;
  lunr.Index.prototype.search = function (query) {
    var terms = query.split(/\s+/).filter(Boolean);
    for (var i = 0; i < terms.length; i++) {
      var match = /^([^*~^:]+)\*$/.exec(terms[i]);
      if (!match) continue;
      var last = i === terms.length - 1 && typing;
      if (!last || /^\d+$/.test(match[1])) terms[i] = match[1];
      else terms[i] = match[1] + " " + match[1] + "*^0.1";
    }
    var results = search.call(this, terms.join(" "));
    // The index holds stems ("unsqueez"); give the matches back the words as
    // typed, which the theme looks for to highlight them and to list the
    // words that matched nothing.
    var typed = {};
    query.split(/\s+/).forEach(function (word) {
      word = word.replace(/[*~^].*$/, "").toLowerCase();
      var stem = lunr.stemmer(new lunr.Token(word)).toString();
      if (stem !== word) typed[stem] = word;
    });
    results.forEach(function (result) {
      var found = result.matchData.metadata;
      Object.keys(found).forEach(function (key) {
        if (typed[key] && !(typed[key] in found)) {
          found[typed[key]] = found[key];
          delete found[key];
        }
      });
    });
    return results;
  };

  // A result's terms are the words the theme marks on the page it links to
  // (`?h=`), wherever they occur, inside other words too. A stop word counts
  // as found when a longer word starts with it ("on" of "one"), and marking
  // it would mark the "on" of every "convert"; a single letter would mark
  // every such letter. Leave both out of the terms.
  var post = self.postMessage;
  self.postMessage = function (message) {
    if (message && message.type === 3 && message.data && message.data.items) {
      message.data.items.forEach(function (group) {
        group.forEach(function (item) {
          Object.keys(item.terms || {}).forEach(function (term) {
            if (term.length < 2 || !lunr.stopWordFilter(term)) delete item.terms[term];
          });
        });
      });
    }
    var sent = post.apply(self, arguments);
    if (keepLater && message && message.type === 3) setTimeout(keepLater, 0);
    return sent;
  };
})();
