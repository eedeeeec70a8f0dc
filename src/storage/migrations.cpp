#include "storage/migrations.h"

#include "storage/orderindex.h"
#include "storage/orderjsoncodec.h"

using namespace Qt::StringLiterals;

namespace despacho::storage {

namespace {
// One index per sortable column, each ending in the tiebreak (order_id, account), so a page of
// any order is an index walk (backwards when descending) and the row of an order is a count
// over the same index. The expressions must stay identical to the sort keys in
// ordercachequery.cpp for SQLite to use them. Built by migration 4, and again by migration 5
// on the rebuilt table.
QList<QString> orderIndexes()
{
    return {
        u"CREATE INDEX orders_by_id ON orders (order_id, account)"_s,
        u"CREATE INDEX orders_by_sequence ON orders "
        "(ifnull(cast(sequence AS INTEGER), 0), order_id, account)"_s,
        u"CREATE INDEX orders_by_created ON orders (creation_date, order_id, account)"_s,
        u"CREATE INDEX orders_by_ship_by ON orders "
        "(ifnull(ship_by, '~'), order_id, account)"_s,
        u"CREATE INDEX orders_by_client ON orders (client_key, order_id, account)"_s,
        u"CREATE INDEX orders_by_total ON orders (total_cents, order_id, account)"_s,
        u"CREATE INDEX orders_by_status ON orders (status_rank, order_id, account)"_s,
        u"CREATE INDEX orders_by_items ON orders (item_count, order_id, account)"_s,
        u"CREATE INDEX orders_by_courier ON orders (courier_key, order_id, account)"_s,
        u"CREATE INDEX orders_by_tracking ON orders "
        "(ifnull(tracking_number, ''), order_id, account)"_s,
        u"CREATE INDEX orders_by_channel ON orders (sales_channel, order_id, account)"_s,
        // A queue (one status) in the two orders a packer uses most.
        u"CREATE INDEX orders_status_created ON orders "
        "(status, creation_date, order_id, account)"_s,
        u"CREATE INDEX orders_status_ship_by ON orders "
        "(status, ifnull(ship_by, '~'), order_id, account)"_s,
    };
}

// The FTS5 triggers that keep orders_fts (content='orders') in step with search_text.
QList<QString> orderFtsTriggers()
{
    return {
        u"CREATE TRIGGER orders_fts_ai AFTER INSERT ON orders BEGIN"
        "  INSERT INTO orders_fts (rowid, search_text) VALUES (new.rowid, new.search_text);"
        " END"_s,
        u"CREATE TRIGGER orders_fts_ad AFTER DELETE ON orders BEGIN"
        "  INSERT INTO orders_fts (orders_fts, rowid, search_text)"
        "    VALUES ('delete', old.rowid, old.search_text);"
        " END"_s,
        u"CREATE TRIGGER orders_fts_au AFTER UPDATE OF search_text ON orders BEGIN"
        "  INSERT INTO orders_fts (orders_fts, rowid, search_text)"
        "    VALUES ('delete', old.rowid, old.search_text);"
        "  INSERT INTO orders_fts (rowid, search_text) VALUES (new.rowid, new.search_text);"
        " END"_s,
    };
}
// Migration 7's triggers: an order leaves its facet (the row goes at zero) or joins one.
constexpr auto kFacetRemoveOld =
    "  UPDATE order_facets SET n = n - 1 WHERE account = old.account AND "
    "    status = old.status AND courier_key = old.courier_key AND "
    "    sales_channel = old.sales_channel AND channel = old.channel;"
    "  DELETE FROM order_facets WHERE n <= 0 AND account = old.account AND "
    "    status = old.status AND courier_key = old.courier_key AND "
    "    sales_channel = old.sales_channel AND channel = old.channel;"_L1;
constexpr auto kFacetAddNew =
    "  INSERT INTO order_facets (account, status, courier_key, sales_channel, channel, "
    "    courier, n) VALUES (new.account, new.status, new.courier_key, "
    "    new.sales_channel, new.channel, coalesce(new.courier, ''), 1)"
    "    ON CONFLICT DO UPDATE SET n = n + 1, courier = min(courier, excluded.courier);"_L1;
} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1,
         {
             u"CREATE TABLE accounts ("
             "  name TEXT PRIMARY KEY NOT NULL,"
             "  kind TEXT NOT NULL DEFAULT 'vtex',"
             "  account TEXT NOT NULL,"
             "  environment TEXT NOT NULL DEFAULT 'vtexcommercestable',"
             "  app_key TEXT NOT NULL,"
             "  base_url TEXT,"
             "  payments_url TEXT,"
             "  created_at TEXT NOT NULL)"_s,
             u"CREATE TABLE orders ("
             "  account TEXT NOT NULL,"
             "  order_id TEXT NOT NULL,"
             "  sequence TEXT,"
             "  status TEXT NOT NULL,"
             "  creation_date TEXT NOT NULL,"
             "  client_name TEXT,"
             "  client_document TEXT,"
             "  client_email TEXT,"
             "  total_cents INTEGER NOT NULL DEFAULT 0,"
             "  item_count INTEGER NOT NULL DEFAULT 0,"
             "  courier TEXT,"
             "  tracking_number TEXT,"
             "  last_change TEXT,"
             "  list_digest TEXT,"
             "  detail_json TEXT,"
             "  detail_fetched_at TEXT,"
             "  PRIMARY KEY (account, order_id))"_s,
             u"CREATE INDEX orders_status_date ON orders (status, creation_date DESC)"_s,
             u"CREATE INDEX orders_date ON orders (creation_date DESC)"_s,
         }},
        {2,
         QList<QString>{
             // Per-account sync bookkeeping and refresh interval.
             u"ALTER TABLE accounts ADD COLUMN refresh_minutes INTEGER NOT NULL DEFAULT 15"_s,
             u"CREATE TABLE sync_state ("
             "  account TEXT PRIMARY KEY NOT NULL,"
             "  last_sync_at TEXT,"
             "  last_result TEXT,"
             "  orders_synced INTEGER NOT NULL DEFAULT 0)"_s,
             // Search: a folded (lower-case, no accents) text per order and a trigram index on it,
             // so a substring search stays fast at 100,000 orders.
             u"ALTER TABLE orders ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"_s,
             // Orders cached by version 1 get their search text on the next sync; index what
             // can be built from the columns now.
             u"UPDATE orders SET search_text = lower(order_id || ' ' || coalesce(sequence, '') || "
             u"' '"
             " || coalesce(client_name, '') || ' ' || coalesce(client_document, '') || ' '"
             " || coalesce(client_email, ''))"_s,
             u"CREATE INDEX orders_sequence ON orders (sequence)"_s,
             u"CREATE VIRTUAL TABLE orders_fts USING fts5("
             "  search_text, content='orders', content_rowid='rowid', tokenize='trigram')"_s,
             u"INSERT INTO orders_fts (orders_fts) VALUES ('rebuild')"_s,
         } + orderFtsTriggers()},
        {3,
         {
             // Operators: PINs only as PBKDF2 hashes with their own salt and cost, so the cost
             // can rise later; lockouts after repeated wrong PINs.
             u"CREATE TABLE operators ("
             "  name TEXT PRIMARY KEY NOT NULL,"
             "  role TEXT NOT NULL CHECK (role IN ('operator', 'supervisor')),"
             "  pin_hash TEXT NOT NULL,"
             "  pin_salt TEXT NOT NULL,"
             "  pin_algorithm TEXT NOT NULL,"
             "  pin_iterations INTEGER NOT NULL,"
             "  failed_attempts INTEGER NOT NULL DEFAULT 0,"
             "  lock_count INTEGER NOT NULL DEFAULT 0,"
             "  locked_until TEXT,"
             "  active INTEGER NOT NULL DEFAULT 1,"
             "  created_at TEXT NOT NULL)"_s,
             // The outbox: every remote change, on disk before the network sees it.
             u"CREATE TABLE commands ("
             "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
             "  kind TEXT NOT NULL,"
             "  account TEXT NOT NULL,"
             "  order_id TEXT NOT NULL,"
             "  payload TEXT NOT NULL,"
             "  idempotency_key TEXT NOT NULL UNIQUE,"
             "  operator TEXT NOT NULL,"
             "  supervisor TEXT,"
             "  created_at TEXT NOT NULL,"
             "  state TEXT NOT NULL DEFAULT 'pending'"
             "    CHECK (state IN ('pending', 'sending', 'retrying', 'sent', 'failed', "
             "'discarded')),"
             "  attempts INTEGER NOT NULL DEFAULT 0,"
             "  next_attempt_at TEXT,"
             "  last_error TEXT,"
             "  receipt TEXT,"
             "  updated_at TEXT NOT NULL)"_s,
             u"CREATE INDEX commands_state ON commands (state, id)"_s,
             u"CREATE INDEX commands_order ON commands (account, order_id, id)"_s,
             // The audit log: append-only. Nothing may change or remove a row.
             u"CREATE TABLE audit_log ("
             "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
             "  at TEXT NOT NULL,"
             "  operator TEXT NOT NULL,"
             "  supervisor TEXT,"
             "  action TEXT NOT NULL,"
             "  account TEXT,"
             "  order_id TEXT,"
             "  command_id INTEGER,"
             "  outcome TEXT NOT NULL,"
             "  detail TEXT)"_s,
             u"CREATE INDEX audit_order ON audit_log (account, order_id)"_s,
             u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
             "  SELECT RAISE(ABORT, 'the audit log cannot be changed');"
             " END"_s,
             u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN"
             "  SELECT RAISE(ABORT, 'the audit log cannot be changed');"
             " END"_s,
         }},
        {4,
         {
             // The packing station: when an order must ship, whether it is picked up in a store,
             // where it was sold, and sort keys for every column of the list.
             u"ALTER TABLE orders ADD COLUMN ship_by TEXT"_s,
             u"ALTER TABLE orders ADD COLUMN pickup INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE orders ADD COLUMN sales_channel TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE orders ADD COLUMN status_rank INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE orders ADD COLUMN client_key TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE orders ADD COLUMN courier_key TEXT NOT NULL DEFAULT ''"_s,
             // The back-fill rewrites every search_text: re-index once at the end instead of
             // twice per row through the trigger.
             u"DROP TRIGGER orders_fts_au"_s,
         },
         // Existing orders: the new columns and the wider search text (SKU, EAN, tracking) from
         // the stored raw JSON; the FTS triggers re-index each changed search_text.
         &backfillOrderIndex,
         QList<QString>{
             // One index per sortable column, each ending in the tiebreak (order_id, account), so
             // a page of any order is an index walk (backwards when descending) and the row of an
             // order is a count over the same index. The expressions must stay identical to
             // the sort keys in ordercachequery.cpp for SQLite to use them.
             u"CREATE TRIGGER orders_fts_au AFTER UPDATE OF search_text ON orders BEGIN"
             "  INSERT INTO orders_fts (orders_fts, rowid, search_text)"
             "    VALUES ('delete', old.rowid, old.search_text);"
             "  INSERT INTO orders_fts (rowid, search_text) VALUES (new.rowid, new.search_text);"
             " END"_s,
             u"INSERT INTO orders_fts (orders_fts) VALUES ('rebuild')"_s,
             u"DROP INDEX orders_date"_s,
             u"DROP INDEX orders_status_date"_s,
         } + orderIndexes()},
        {5,
         {
             // The raw JSON leaves the orders table: list queries read only small rows (the
             // columns added by migrations 2 and 4 sat behind the JSON, in overflow pages), and
             // the JSON is kept compressed in order_json. The table is rebuilt with an explicit
             // INTEGER PRIMARY KEY so that VACUUM keeps the rowids that orders_fts and order_json
             // refer to (it may renumber implicit rowids). Rowids are copied as they are.
             u"CREATE TABLE orders_v5 ("
             "  id INTEGER PRIMARY KEY,"
             "  account TEXT NOT NULL,"
             "  order_id TEXT NOT NULL,"
             "  sequence TEXT,"
             "  status TEXT NOT NULL,"
             "  status_rank INTEGER NOT NULL DEFAULT 0,"
             "  creation_date TEXT NOT NULL,"
             "  ship_by TEXT,"
             "  pickup INTEGER NOT NULL DEFAULT 0,"
             "  sales_channel TEXT NOT NULL DEFAULT '',"
             "  client_name TEXT,"
             "  client_key TEXT NOT NULL DEFAULT '',"
             "  client_document TEXT,"
             "  client_email TEXT,"
             "  total_cents INTEGER NOT NULL DEFAULT 0,"
             "  item_count INTEGER NOT NULL DEFAULT 0,"
             "  courier TEXT,"
             "  courier_key TEXT NOT NULL DEFAULT '',"
             "  tracking_number TEXT,"
             "  last_change TEXT,"
             "  list_digest TEXT,"
             "  detail_fetched_at TEXT,"
             "  search_text TEXT NOT NULL DEFAULT '',"
             "  UNIQUE (account, order_id))"_s,
             u"INSERT INTO orders_v5 (id, account, order_id, sequence, status, status_rank, "
             "creation_date, ship_by, pickup, sales_channel, client_name, client_key, "
             "client_document, client_email, total_cents, item_count, courier, courier_key, "
             "tracking_number, last_change, list_digest, detail_fetched_at, search_text) "
             "SELECT rowid, account, order_id, sequence, status, status_rank, creation_date, "
             "ship_by, pickup, sales_channel, client_name, client_key, client_document, "
             "client_email, total_cents, item_count, courier, courier_key, tracking_number, "
             "last_change, list_digest, detail_fetched_at, search_text FROM orders"_s,
             // One row per order with a fetched detail; encoding: see orderjsoncodec.h.
             u"CREATE TABLE order_json ("
             "  order_ref INTEGER PRIMARY KEY REFERENCES orders_v5 (id) ON DELETE CASCADE,"
             "  encoding INTEGER NOT NULL,"
             "  data BLOB NOT NULL)"_s,
         },
         // Every stored JSON, compressed, under its order's rowid.
         &moveOrderJson,
         QList<QString>{
             u"DROP TABLE orders"_s, // its indexes and triggers go with it
             u"ALTER TABLE orders_v5 RENAME TO orders"_s,
             // The trigram index again, without token positions (detail=none): a third of the
             // size. Searches ask it with LIKE, which it answers from the trigrams and checks
             // against search_text; phrase MATCH queries are gone with the positions.
             u"DROP TABLE orders_fts"_s,
             u"CREATE VIRTUAL TABLE orders_fts USING fts5(search_text, content='orders', "
             "content_rowid='id', tokenize='trigram', detail='none')"_s,
             u"INSERT INTO orders_fts (orders_fts) VALUES ('rebuild')"_s,
         } + orderFtsTriggers() +
             orderIndexes()},
        {6,
         {
             // Channels: every order carries the channel it came from (all orders so far are
             // VTEX's), so queues, blockers and the dispatcher can ask it instead of assuming.
             u"ALTER TABLE orders ADD COLUMN channel TEXT NOT NULL DEFAULT 'vtex'"_s,
             // Accounts of every kind in one table: what is VTEX's only (the VTEX account name,
             // environment, app key) may be empty for another kind, and what is a kind's own sits
             // in `settings` (a JSON object; never a secret: tokens stay in the keychain). SQLite
             // cannot drop NOT NULL in place, so the table is rebuilt with every row kept.
             u"CREATE TABLE accounts_v6 ("
             "  name TEXT PRIMARY KEY NOT NULL,"
             "  kind TEXT NOT NULL DEFAULT 'vtex',"
             "  account TEXT,"
             "  environment TEXT,"
             "  app_key TEXT,"
             "  base_url TEXT,"
             "  payments_url TEXT,"
             "  created_at TEXT NOT NULL,"
             "  refresh_minutes INTEGER NOT NULL DEFAULT 15,"
             "  settings TEXT NOT NULL DEFAULT '{}')"_s,
             u"INSERT INTO accounts_v6 (name, kind, account, environment, app_key, base_url, "
             "payments_url, created_at, refresh_minutes) SELECT name, kind, account, environment, "
             "app_key, base_url, payments_url, created_at, refresh_minutes FROM accounts"_s,
             u"DROP TABLE accounts"_s,
             u"ALTER TABLE accounts_v6 RENAME TO accounts"_s,
         }},
        {7,
         {
             // Facets: how many orders there are per account, status, courier, sales channel
             // and channel, kept by triggers. The queue counts, the list's row count without a
             // search, and the filter bar's choices read this small table instead of counting a
             // million rows (and reading each one's courier label) at every start.
             u"CREATE TABLE order_facets ("
             "  account TEXT NOT NULL,"
             "  status TEXT NOT NULL,"
             "  courier_key TEXT NOT NULL,"
             "  sales_channel TEXT NOT NULL,"
             "  channel TEXT NOT NULL,"
             "  courier TEXT NOT NULL," // a spelling of the courier, for the filter bar
             "  n INTEGER NOT NULL,"
             "  PRIMARY KEY (account, status, courier_key, sales_channel, channel)"
             ") WITHOUT ROWID"_s,
             u"INSERT INTO order_facets (account, status, courier_key, sales_channel, channel, "
             "courier, n) SELECT account, status, courier_key, sales_channel, channel, "
             "min(coalesce(courier, '')), count(*) FROM orders "
             "GROUP BY account, status, courier_key, sales_channel, channel"_s,
             u"CREATE TRIGGER order_facets_ai AFTER INSERT ON orders BEGIN"_s + kFacetAddNew +
                 u" END"_s,
             u"CREATE TRIGGER order_facets_ad AFTER DELETE ON orders BEGIN"_s + kFacetRemoveOld +
                 u" END"_s,
             u"CREATE TRIGGER order_facets_au AFTER UPDATE OF account, status, courier_key, "
             "sales_channel, channel, courier ON orders BEGIN"_s +
                 kFacetRemoveOld + kFacetAddNew + u" END"_s,
         }},
        {8,
         {
             // The work state (core/workstate.h) of each order, stored: a queue is one work state
             // over every channel's statuses, and `status IN (…)` with a sort made SQLite sort the
             // whole queue (9 s at a million orders). The queue indexes move from the status to
             // it; a filter on one status (despacho-cli orders --status) walks the sort index.
             u"ALTER TABLE orders ADD COLUMN work_state INTEGER NOT NULL DEFAULT 7"_s,
         },
         &backfillWorkState,
         QList<QString>{
             u"DROP INDEX orders_status_created"_s,
             u"DROP INDEX orders_status_ship_by"_s,
             u"CREATE INDEX orders_work_created ON orders "
             "(work_state, creation_date, order_id, account)"_s,
             u"CREATE INDEX orders_work_ship_by ON orders "
             "(work_state, ifnull(ship_by, '~'), order_id, account)"_s,
         }},
        {9,
         {
             // Each order's packages (invoice number and key, tracking number: packagesToJson),
             // written with its JSON: a tracking import checks 10,000 rows against them without
             // parsing 10,000 documents. NULL until the order's detail is stored again; readers
             // then decode the JSON, so nothing needs back-filling here.
             u"ALTER TABLE orders ADD COLUMN packages TEXT"_s,
         }},
    };
    return all;
}

} // namespace despacho::storage
