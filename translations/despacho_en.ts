<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>VTEX account</source>
            <translation>VTEX account</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>How this store is called in Despacho, e.g. Loja principal</source>
            <translation>How this store is called in Despacho, e.g. Loja principal</translation>
        </message>
        <message>
            <source>VTEX account:</source>
            <translation>VTEX account:</translation>
        </message>
        <message>
            <source>Account name, as in https://ACCOUNT.vtexcommercestable.com.br</source>
            <translation>Account name, as in https://ACCOUNT.vtexcommercestable.com.br</translation>
        </message>
        <message>
            <source>Environment:</source>
            <translation>Environment:</translation>
        </message>
        <message>
            <source>App key:</source>
            <translation>App key:</translation>
        </message>
        <message>
            <source>vtexappkey-…</source>
            <translation>vtexappkey-…</translation>
        </message>
        <message>
            <source>App token:</source>
            <translation>App token:</translation>
        </message>
        <message>
            <source>Stored only in the system keychain</source>
            <translation>Stored only in the system keychain</translation>
        </message>
        <message>
            <source>OMS base URL:</source>
            <translation>OMS base URL:</translation>
        </message>
        <message>
            <source>Optional; default https://ACCOUNT.ENVIRONMENT.com.br</source>
            <translation>Optional; default https://ACCOUNT.ENVIRONMENT.com.br</translation>
        </message>
        <message>
            <source>Payments URL:</source>
            <translation>Payments URL:</translation>
        </message>
        <message>
            <source>Optional; default https://ACCOUNT.vtexpayments.com.br</source>
            <translation>Optional; default https://ACCOUNT.vtexpayments.com.br</translation>
        </message>
        <message>
            <source>The app token is kept in the system keychain only; it is never shown again or written to the database.</source>
            <translation>The app token is kept in the system keychain only; it is never shown again or written to the database.</translation>
        </message>
        <message>
            <source>&amp;Save account</source>
            <translation>&amp;Save account</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Despacho</source>
            <translation>Despacho</translation>
        </message>
        <message>
            <source>DEMO — orders from the built-in sandbox store; nothing here is real</source>
            <translation>DEMO — orders from the built-in sandbox store; nothing here is real</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Sync</translation>
        </message>
        <message>
            <source>&amp;Orders</source>
            <translation>&amp;Orders</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>&amp;Accounts…</source>
            <translation>&amp;Accounts…</translation>
        </message>
        <message>
            <source>Add, edit or remove VTEX accounts</source>
            <translation>Add, edit or remove VTEX accounts</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Close Despacho</source>
            <translation>Close Despacho</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sync now</translation>
        </message>
        <message>
            <source>Download new and changed orders of the selected account (all accounts when none is selected)</source>
            <translation>Download new and changed orders of the selected account (all accounts when none is selected)</translation>
        </message>
        <message>
            <source>&amp;Cancel sync</source>
            <translation>&amp;Cancel sync</translation>
        </message>
        <message>
            <source>Stop the running sync; what was downloaded is kept</source>
            <translation>Stop the running sync; what was downloaded is kept</translation>
        </message>
        <message>
            <source>&amp;Find order…</source>
            <translation>&amp;Find order…</translation>
        </message>
        <message>
            <source>Search by order, client, document or e-mail, or scan a barcode</source>
            <translation>Search by order, client, document or e-mail, or scan a barcode</translation>
        </message>
        <message>
            <source>&amp;Next order</source>
            <translation>&amp;Next order</translation>
        </message>
        <message>
            <source>Select the next order in the list</source>
            <translation>Select the next order in the list</translation>
        </message>
        <message>
            <source>&amp;Previous order</source>
            <translation>&amp;Previous order</translation>
        </message>
        <message>
            <source>Select the previous order in the list</source>
            <translation>Select the previous order in the list</translation>
        </message>
        <message>
            <source>&amp;English</source>
            <translation>&amp;English</translation>
        </message>
        <message>
            <source>&amp;Português (Brasil)</source>
            <translation>&amp;Português (Brasil)</translation>
        </message>
        <message>
            <source>&amp;About Despacho</source>
            <translation>&amp;About Despacho</translation>
        </message>
    </context>
    <context>
        <name>OrderDetailView</name>
        <message>
            <source>Select an order to see its details.</source>
            <translation>Select an order to see its details.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Order:</translation>
        </message>
        <message>
            <source>Sequence:</source>
            <translation>Sequence:</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Account:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Origin:</source>
            <translation>Origin:</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>Created:</translation>
        </message>
        <message>
            <source>Authorized:</source>
            <translation>Authorized:</translation>
        </message>
        <message>
            <source>Invoiced:</source>
            <translation>Invoiced:</translation>
        </message>
        <message>
            <source>Last change:</source>
            <translation>Last change:</translation>
        </message>
        <message>
            <source>Cancellation reason:</source>
            <translation>Cancellation reason:</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totals</translation>
        </message>
        <message>
            <source>Items:</source>
            <translation>Items:</translation>
        </message>
        <message>
            <source>Discounts:</source>
            <translation>Discounts:</translation>
        </message>
        <message>
            <source>Shipping:</source>
            <translation>Shipping:</translation>
        </message>
        <message>
            <source>Tax:</source>
            <translation>Tax:</translation>
        </message>
        <message>
            <source>Total:</source>
            <translation>Total:</translation>
        </message>
        <message>
            <source>Units:</source>
            <translation>Units:</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Discount</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Line total</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Document:</source>
            <translation>Document:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Corporate name:</source>
            <translation>Corporate name:</translation>
        </message>
        <message>
            <source>CNPJ:</source>
            <translation>CNPJ:</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Shipping</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Receiver:</source>
            <translation>Receiver:</translation>
        </message>
        <message>
            <source>Street:</source>
            <translation>Street:</translation>
        </message>
        <message>
            <source>Neighborhood:</source>
            <translation>Neighborhood:</translation>
        </message>
        <message>
            <source>City/UF:</source>
            <translation>City/UF:</translation>
        </message>
        <message>
            <source>CEP:</source>
            <translation>CEP:</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Reference:</translation>
        </message>
        <message>
            <source>Courier:</source>
            <translation>Courier:</translation>
        </message>
        <message>
            <source>Shipping estimate:</source>
            <translation>Shipping estimate:</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>Estimate</translation>
        </message>
        <message>
            <source>Estimated date</source>
            <translation>Estimated date</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>Courier</translation>
        </message>
        <message>
            <source>Courier id</source>
            <translation>Courier id</translation>
        </message>
        <message>
            <source>Dock</source>
            <translation>Dock</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>Warehouse</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>Transaction</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Installments</source>
            <translation>Installments</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>TID</source>
            <translation>TID</translation>
        </message>
        <message>
            <source>Invoices &amp;&amp; tracking</source>
            <translation>Invoices &amp;&amp; tracking</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Invoice</translation>
        </message>
        <message>
            <source>Access key</source>
            <translation>Access key</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Tracking number</source>
            <translation>Tracking number</translation>
        </message>
        <message>
            <source>Tracking URL</source>
            <translation>Tracking URL</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <source>Tracking events of the selected package:</source>
            <translation>Tracking events of the selected package:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>UF</source>
            <translation>UF</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Raw JSON</source>
            <translation>Raw JSON</translation>
        </message>
    </context>
    <context>
        <name>despacho::OrderJson</name>
        <message>
            <source>the order has no orderId</source>
            <translation>the order has no orderId</translation>
        </message>
        <message>
            <source>order %1 has no status</source>
            <translation>order %1 has no status</translation>
        </message>
        <message>
            <source>order %1 has an invalid creationDate "%2"</source>
            <translation>order %1 has an invalid creationDate "%2"</translation>
        </message>
        <message>
            <source>order %1 has no numeric value</source>
            <translation>order %1 has no numeric value</translation>
        </message>
        <message>
            <source>a list row has no orderId</source>
            <translation>a list row has no orderId</translation>
        </message>
        <message>
            <source>order %1 has no status in the list</source>
            <translation>order %1 has no status in the list</translation>
        </message>
        <message>
            <source>order %1 has an invalid creationDate "%2" in the list</source>
            <translation>order %1 has an invalid creationDate "%2" in the list</translation>
        </message>
    </context>
    <context>
        <name>despacho::OrderStatus</name>
        <message>
            <source>Payment pending</source>
            <translation>Payment pending</translation>
        </message>
        <message>
            <source>Payment approved</source>
            <translation>Payment approved</translation>
        </message>
        <message>
            <source>Waiting for seller</source>
            <translation>Waiting for seller</translation>
        </message>
        <message>
            <source>Cancellation window</source>
            <translation>Cancellation window</translation>
        </message>
        <message>
            <source>Ready for handling</source>
            <translation>Ready for handling</translation>
        </message>
        <message>
            <source>Starting handling</source>
            <translation>Starting handling</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Invoice after cancellation denied</source>
            <translation>Invoice after cancellation denied</translation>
        </message>
        <message>
            <source>Order accepted</source>
            <translation>Order accepted</translation>
        </message>
        <message>
            <source>Invoicing</source>
            <translation>Invoicing</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>Invoiced</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>Replaced</translation>
        </message>
        <message>
            <source>Cancellation requested</source>
            <translation>Cancellation requested</translation>
        </message>
        <message>
            <source>Canceling</source>
            <translation>Canceling</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Canceled</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>All orders</source>
            <translation>All orders</translation>
        </message>
    </context>
    <context>
        <name>despacho::api::ApiError</name>
        <message>
            <source>Could not reach the server. Check the internet connection and try again.</source>
            <translation>Could not reach the server. Check the internet connection and try again.</translation>
        </message>
        <message>
            <source>The server took too long to answer. Try again later.</source>
            <translation>The server took too long to answer. Try again later.</translation>
        </message>
        <message>
            <source>The server answered with a login page; check the app key and app token.</source>
            <translation>The server answered with a login page; check the app key and app token.</translation>
        </message>
        <message>
            <source>The server refused the credentials (HTTP %1); check the app key, the app token and their permissions.</source>
            <translation>The server refused the credentials (HTTP %1); check the app key, the app token and their permissions.</translation>
        </message>
        <message>
            <source>The server does not know this item (HTTP 404).</source>
            <translation>The server does not know this item (HTTP 404).</translation>
        </message>
        <message>
            <source>The server refused the change because of the item's current state (HTTP 409).</source>
            <translation>The server refused the change because of the item's current state (HTTP 409).</translation>
        </message>
        <message>
            <source>The server is limiting the number of requests; try again in a few minutes.</source>
            <translation>The server is limiting the number of requests; try again in a few minutes.</translation>
        </message>
        <message>
            <source>The server failed (HTTP %1); try again later.</source>
            <translation>The server failed (HTTP %1); try again later.</translation>
        </message>
        <message>
            <source>The server rejected the request (HTTP %1).</source>
            <translation>The server rejected the request (HTTP %1).</translation>
        </message>
        <message>
            <source>The server sent a reply that could not be read.</source>
            <translation>The server sent a reply that could not be read.</translation>
        </message>
        <message>
            <source>The address must start with https:// (plain http is allowed only for this computer).</source>
            <translation>The address must start with https:// (plain http is allowed only for this computer).</translation>
        </message>
        <message>
            <source>The request was canceled.</source>
            <translation>The request was canceled.</translation>
        </message>
        <message>
            <source>The server said: %1</source>
            <translation>The server said: %1</translation>
        </message>
    </context>
    <context>
        <name>despacho::gui::AccountsDialog</name>
        <message>
            <source>The system keychain is not available, so the app token cannot be stored. Start or unlock your desktop's keyring (GNOME Keyring or KWallet) and save again. Details: %1</source>
            <translation>The system keychain is not available, so the app token cannot be stored. Start or unlock your desktop's keyring (GNOME Keyring or KWallet) and save again. Details: %1</translation>
        </message>
        <message>
            <source>The system keychain refused access to the app token. Allow Despacho in the keyring prompt and save again. Details: %1</source>
            <translation>The system keychain refused access to the app token. Allow Despacho in the keyring prompt and save again. Details: %1</translation>
        </message>
        <message>
            <source>Give the account a name.</source>
            <translation>Give the account a name.</translation>
        </message>
        <message>
            <source>Use at most 60 characters.</source>
            <translation>Use at most 60 characters.</translation>
        </message>
        <message>
            <source>An account named "%1" already exists.</source>
            <translation>An account named "%1" already exists.</translation>
        </message>
        <message>
            <source>Enter the VTEX account name.</source>
            <translation>Enter the VTEX account name.</translation>
        </message>
        <message>
            <source>Use only lower-case letters, digits and hyphens, as in the store's VTEX address.</source>
            <translation>Use only lower-case letters, digits and hyphens, as in the store's VTEX address.</translation>
        </message>
        <message>
            <source>Choose an environment such as vtexcommercestable.</source>
            <translation>Choose an environment such as vtexcommercestable.</translation>
        </message>
        <message>
            <source>Enter the app key.</source>
            <translation>Enter the app key.</translation>
        </message>
        <message>
            <source>The app key cannot contain spaces.</source>
            <translation>The app key cannot contain spaces.</translation>
        </message>
        <message>
            <source>Enter the app token.</source>
            <translation>Enter the app token.</translation>
        </message>
        <message>
            <source>The app token must not start or end with spaces.</source>
            <translation>The app token must not start or end with spaces.</translation>
        </message>
        <message>
            <source>Enter a full address such as https://example.com.</source>
            <translation>Enter a full address such as https://example.com.</translation>
        </message>
        <message>
            <source>Use https; plain http is accepted only for this computer (127.0.0.1 or localhost).</source>
            <translation>Use https; plain http is accepted only for this computer (127.0.0.1 or localhost).</translation>
        </message>
        <message>
            <source>No token is stored for this account; enter it again.</source>
            <translation>No token is stored for this account; enter it again.</translation>
        </message>
        <message>
            <source>Account %1 saved.</source>
            <translation>Account %1 saved.</translation>
        </message>
        <message>
            <source>Press Remove again to delete account %1 and its app token from the keychain. Cached orders stay until they are cleared.</source>
            <translation>Press Remove again to delete account %1 and its app token from the keychain. Cached orders stay until they are cleared.</translation>
        </message>
        <message>
            <source>Account %1 removed.</source>
            <translation>Account %1 removed.</translation>
        </message>
        <message>
            <source>New VTEX account</source>
            <translation>New VTEX account</translation>
        </message>
        <message>
            <source>VTEX account %1</source>
            <translation>VTEX account %1</translation>
        </message>
        <message>
            <source>Stored only in the system keychain</source>
            <translation>Stored only in the system keychain</translation>
        </message>
        <message>
            <source>Leave empty to keep the stored token</source>
            <translation>Leave empty to keep the stored token</translation>
        </message>
    </context>
    <context>
        <name>despacho::gui::DemoSession</name>
        <message>
            <source>Cannot create a temporary folder for the demo: %1</source>
            <translation>Cannot create a temporary folder for the demo: %1</translation>
        </message>
        <message>
            <source>The demo store could not start: %1</source>
            <translation>The demo store could not start: %1</translation>
        </message>
    </context>
    <context>
        <name>despacho::gui::MainWindow</name>
        <message>
            <source>No VTEX account is configured yet. Add one in File &gt; Accounts.</source>
            <translation>No VTEX account is configured yet. Add one in File &gt; Accounts.</translation>
        </message>
        <message>
            <source>About Despacho</source>
            <translation>About Despacho</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Despacho %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Back office for VTEX warehouses: order queues, search and barcode scan, order details.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Despacho %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Back office for VTEX warehouses: order queues, search and barcode scan, order details.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Despacho — demo</source>
            <translation>Despacho — demo</translation>
        </message>
        <message>
            <source>Despacho</source>
            <translation>Despacho</translation>
        </message>
    </context>
    <context>
        <name>despacho::gui::MessageBar</name>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
    </context>
    <context>
        <name>despacho::gui::OrderDetailView</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Return (input)</source>
            <translation>Return (input)</translation>
        </message>
        <message>
            <source>Sale (output)</source>
            <translation>Sale (output)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Invoices &amp;&amp; tracking</source>
            <translation>Invoices &amp;&amp; tracking</translation>
        </message>
        <message>
            <source>Invoices &amp;&amp; tracking (%1)</source>
            <translation>Invoices &amp;&amp; tracking (%1)</translation>
        </message>
        <message>
            <source>Select an order to see its details.</source>
            <translation>Select an order to see its details.</translation>
        </message>
        <message>
            <source>Order %1</source>
            <translation>Order %1</translation>
        </message>
        <message>
            <source>The details of this order have not been downloaded yet. Sync (F5) to fetch them.</source>
            <translation>The details of this order have not been downloaded yet. Sync (F5) to fetch them.</translation>
        </message>
        <message>
            <source>The stored details of this order cannot be read: %1</source>
            <translation>The stored details of this order cannot be read: %1</translation>
        </message>
        <message>
            <source>Order %1 · %2 · %3</source>
            <translation>Order %1 · %2 · %3</translation>
        </message>
        <message>
            <source>sales channel %1</source>
            <translation>sales channel %1</translation>
        </message>
        <message>
            <source>affiliate %1</source>
            <translation>affiliate %1</translation>
        </message>
        <message>
            <source>Not a company</source>
            <translation>Not a company</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>despacho::gui::OrderListPane</name>
        <message>
            <source>No order matches "%1".</source>
            <translation>No order matches "%1".</translation>
        </message>
        <message>
            <source>Search by order, sequence, client, CPF/CNPJ or e-mail; scan a barcode (Ctrl+F)</source>
            <translation>Search by order, sequence, client, CPF/CNPJ or e-mail; scan a barcode (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>despacho::gui::OrderTableModel</name>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Sequence</source>
            <translation>Sequence</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Courier</source>
            <translation>Courier</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Tracking</translation>
        </message>
    </context>
    <context>
        <name>despacho::gui::QueuePane</name>
        <message>
            <source>All accounts</source>
            <translation>All accounts</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>Queues</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>despacho::gui::SyncController</name>
        <message>
            <source>Account %1: the sync stopped: %2</source>
            <translation>Account %1: the sync stopped: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) listed</source>
            <translation>
                <numerusform>%n order listed</numerusform>
                <numerusform>%n orders listed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) failed</source>
            <translation>
                <numerusform>%n order failed</numerusform>
                <numerusform>%n orders failed</numerusform>
            </translation>
        </message>
        <message>
            <source>Account %1: cannot record the sync: %2</source>
            <translation>Account %1: cannot record the sync: %2</translation>
        </message>
        <message numerus="yes">
            <source>Account %1: %n order(s) could not be fetched.</source>
            <translation>
                <numerusform>Account %1: %n order could not be fetched.</numerusform>
                <numerusform>Account %1: %n orders could not be fetched.</numerusform>
            </translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Failed: %1</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Last sync: %1</translation>
        </message>
        <message>
            <source>Last sync: never</source>
            <translation>Last sync: never</translation>
        </message>
        <message>
            <source>(canceled)</source>
            <translation>(canceled)</translation>
        </message>
        <message numerus="yes">
            <source>(%n order(s) failed)</source>
            <translation>
                <numerusform>(%n order failed)</numerusform>
                <numerusform>(%n orders failed)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>despacho::gui::SyncStatusWidget</name>
        <message>
            <source>No account configured</source>
            <translation>No account configured</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop the sync; what was downloaded is kept</source>
            <translation>Stop the sync; what was downloaded is kept</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Starting…</translation>
        </message>
        <message>
            <source>Listing orders: page %1 of %2</source>
            <translation>Listing orders: page %1 of %2</translation>
        </message>
        <message>
            <source>Downloading orders: %1 of %2</source>
            <translation>Downloading orders: %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>despacho::gui::TransactionPanel</name>
        <message>
            <source>The payments gateway is not configured.</source>
            <translation>The payments gateway is not configured.</translation>
        </message>
        <message>
            <source>Could not load the transaction: %1</source>
            <translation>Could not load the transaction: %1</translation>
        </message>
        <message>
            <source>Loading transaction…</source>
            <translation>Loading transaction…</translation>
        </message>
        <message>
            <source>Load transaction details</source>
            <translation>Load transaction details</translation>
        </message>
        <message>
            <source>Payments gateway transaction</source>
            <translation>Payments gateway transaction</translation>
        </message>
        <message>
            <source>Transaction:</source>
            <translation>Transaction:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Value:</source>
            <translation>Value:</translation>
        </message>
        <message>
            <source>Started:</source>
            <translation>Started:</translation>
        </message>
        <message>
            <source>Authorized:</source>
            <translation>Authorized:</translation>
        </message>
        <message>
            <source>Settled:</source>
            <translation>Settled:</translation>
        </message>
        <message>
            <source>Canceled:</source>
            <translation>Canceled:</translation>
        </message>
        <message>
            <source>Statement name:</source>
            <translation>Statement name:</translation>
        </message>
        <message>
            <source>Ask the VTEX payments gateway for this transaction's current state</source>
            <translation>Ask the VTEX payments gateway for this transaction's current state</translation>
        </message>
    </context>
    <context>
        <name>despacho::security::KeychainSecretStore</name>
        <message>
            <source>No secret service is available (start and unlock GNOME Keyring or KWallet, then try again). Despacho never stores secrets in a file.</source>
            <translation>No secret service is available (start and unlock GNOME Keyring or KWallet, then try again). Despacho never stores secrets in a file.</translation>
        </message>
        <message>
            <source>No secret is stored for %1 in the keychain.</source>
            <translation>No secret is stored for %1 in the keychain.</translation>
        </message>
        <message>
            <source>The keychain refused access to %1 (is it locked?).</source>
            <translation>The keychain refused access to %1 (is it locked?).</translation>
        </message>
        <message>
            <source>Keychain error for %1: %2</source>
            <translation>Keychain error for %1: %2</translation>
        </message>
    </context>
    <context>
        <name>despacho::security::SecretStore</name>
        <message>
            <source>No secret is stored for %1.</source>
            <translation>No secret is stored for %1.</translation>
        </message>
    </context>
    <context>
        <name>despacho::storage</name>
        <message>
            <source>Cannot create the data directory %1</source>
            <translation>Cannot create the data directory %1</translation>
        </message>
    </context>
    <context>
        <name>despacho::storage::Database</name>
        <message>
            <source>Cannot open the database %1: %2</source>
            <translation>Cannot open the database %1: %2</translation>
        </message>
        <message>
            <source>The database %1 was written by a newer version of Despacho (schema %2; this version knows up to %3). Update Despacho; the file was not changed.</source>
            <translation>The database %1 was written by a newer version of Despacho (schema %2; this version knows up to %3). Update Despacho; the file was not changed.</translation>
        </message>
        <message>
            <source>Database migration %1 failed: %2</source>
            <translation>Database migration %1 failed: %2</translation>
        </message>
    </context>
    <context>
        <name>despacho::sync::AppServices</name>
        <message>
            <source>There is no account named "%1".</source>
            <translation>There is no account named "%1".</translation>
        </message>
        <message>
            <source>Account %1: %2</source>
            <translation>Account %1: %2</translation>
        </message>
        <message>
            <source>Cannot save account %1: %2</source>
            <translation>Cannot save account %1: %2</translation>
        </message>
    </context>
    <context>
        <name>despacho::sync::OrderSynchronizer</name>
        <message>
            <source>account %1: listing orders created %2 to %3 (page %4) failed: %5</source>
            <translation>account %1: listing orders created %2 to %3 (page %4) failed: %5</translation>
        </message>
        <message>
            <source>account %1: more than %2 orders were created within one second around %3; only the first %2 were read</source>
            <translation>account %1: more than %2 orders were created within one second around %3; only the first %2 were read</translation>
        </message>
        <message>
            <source>account %1: %2</source>
            <translation>account %1: %2</translation>
        </message>
        <message>
            <source>account %1: cannot store the order list: %2</source>
            <translation>account %1: cannot store the order list: %2</translation>
        </message>
        <message>
            <source>account %1, order %2: %3</source>
            <translation>account %1, order %2: %3</translation>
        </message>
        <message>
            <source>account %1, order %2: the server answered with order %3</source>
            <translation>account %1, order %2: the server answered with order %3</translation>
        </message>
        <message>
            <source>account %1, order %2: unknown status "%3", kept as received</source>
            <translation>account %1, order %2: unknown status "%3", kept as received</translation>
        </message>
        <message>
            <source>account %1, order %2: cannot store: %3</source>
            <translation>account %1, order %2: cannot store: %3</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Despacho: back office for VTEX warehouses</source>
            <translation>Despacho: back office for VTEX warehouses</translation>
        </message>
        <message>
            <source>Run against the built-in sandbox store.</source>
            <translation>Run against the built-in sandbox store.</translation>
        </message>
        <message>
            <source>Data directory.</source>
            <translation>Data directory.</translation>
        </message>
        <message>
            <source>Interface language: pt_BR or en.</source>
            <translation>Interface language: pt_BR or en.</translation>
        </message>
        <message>
            <source>Despacho</source>
            <translation>Despacho</translation>
        </message>
    </context>
</TS>
