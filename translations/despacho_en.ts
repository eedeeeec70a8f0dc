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
    <name>AuditView</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Operator or supervisor</source>
        <translation>Operator or supervisor</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Order id</translation>
    </message>
    <message>
        <source>Search outcome and detail</source>
        <translation>Search outcome and detail</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
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
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Requested by:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Canceling is a supervisor action: after you continue, a supervisor enters their PIN to authorize it.</source>
        <translation>Canceling is a supervisor action: after you continue, a supervisor enters their PIN to authorize it.</translation>
    </message>
    <message>
        <source>The order is canceled in the store and its payment is refunded or released. This cannot be undone.</source>
        <translation>The order is canceled in the store and its payment is refunded or released. This cannot be undone.</translation>
    </message>
    <message>
        <source>Why the order is canceled; the store keeps it with the order and may show it to the customer</source>
        <translation>Why the order is canceled; the store keeps it with the order and may show it to the customer</translation>
    </message>
</context>
<context>
    <name>CarriersDialog</name>
    <message>
        <source>Carriers</source>
        <translation>Carriers</translation>
    </message>
    <message>
        <source>Couriers offered in the invoice and tracking forms. In the tracking URL template, {code} stands for the tracking number; leave it empty when the courier has no tracking page.</source>
        <translation>Couriers offered in the invoice and tracking forms. In the tracking URL template, {code} stands for the tracking number; leave it empty when the courier has no tracking page.</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Tracking URL template</source>
        <translation>Tracking URL template</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restore &amp;defaults</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import tracking codes</source>
        <translation>Import tracking codes</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file with the orders and their tracking codes. The header row can be anywhere; Portuguese and English column names are recognised.</source>
        <translation>Choose a CSV or XLSX file with the orders and their tracking codes. The header row can be anywhere; Portuguese and English column names are recognised.</translation>
    </message>
    <message>
        <source>/path/to/envios.xlsx</source>
        <translation>/path/to/envios.xlsx</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>A blank template has the columns the import reads. A pre-filled one lists every invoice still waiting for its tracking code in the chosen accounts, with order, invoice and account filled: paste the carrier&apos;s codes and import it.</source>
        <translation>A blank template has the columns the import reads. A pre-filled one lists every invoice still waiting for its tracking code in the chosen accounts, with order, invoice and account filled: paste the carrier&apos;s codes and import it.</translation>
    </message>
    <message>
        <source>Blank template (&amp;CSV)…</source>
        <translation>Blank template (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Blank template (&amp;XLSX)…</source>
        <translation>Blank template (&amp;XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Pre-filled template (XLSX)…</source>
        <translation>&amp;Pre-filled template (XLSX)…</translation>
    </message>
    <message>
        <source>Sheet and encoding</source>
        <translation>Sheet and encoding</translation>
    </message>
    <message>
        <source>Check that the text reads right; choose another sheet or encoding if it does not.</source>
        <translation>Check that the text reads right; choose another sheet or encoding if it does not.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>What each column holds. The order and the tracking number are required; your choice is remembered for files with the same columns.</source>
        <translation>What each column holds. The order and the tracking number are required; your choice is remembered for files with the same columns.</translation>
    </message>
    <message>
        <source>Preview of the first rows as they will be read:</source>
        <translation>Preview of the first rows as they will be read:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Every row with its status. Fix a cell by double-clicking it; rows with problems are not sent.</source>
        <translation>Every row with its status. Fix a cell by double-clicking it; rows with problems are not sent.</translation>
    </message>
    <message>
        <source>Only rows with &amp;problems</source>
        <translation>Only rows with &amp;problems</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Each row is queued and sent as it would be from the tracking form.</source>
        <translation>Each row is queued and sent as it would be from the tracking form.</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Stop sending</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>What happened to each row.</source>
        <translation>What happened to each row.</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Export &amp;report…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Export failed rows…</source>
        <translation>&amp;Export failed rows…</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Output (sale)</source>
        <translation>Output (sale)</translation>
    </message>
    <message>
        <source>Input (return)</source>
        <translation>Input (return)</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>e.g. 000123 or NF123A</source>
        <translation>e.g. 000123 or NF123A</translation>
    </message>
    <message>
        <source>Letters and digits only: VTEX puts the number in the addresses of later calls on this invoice, where spaces, # and / break them.</source>
        <translation>Letters and digits only: VTEX puts the number in the addresses of later calls on this invoice, where spaces, # and / break them.</translation>
    </message>
    <message>
        <source>&amp;Value (R$):</source>
        <translation>&amp;Value (R$):</translation>
    </message>
    <message>
        <source>1.234,56</source>
        <translation>1.234,56</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>&amp;Issued:</translation>
    </message>
    <message>
        <source>NF-e &amp;key:</source>
        <translation>NF-e &amp;key:</translation>
    </message>
    <message>
        <source>Optional: the 44 digits of the NF-e access key</source>
        <translation>Optional: the 44 digits of the NF-e access key</translation>
    </message>
    <message>
        <source>Invoice &amp;URL:</source>
        <translation>Invoice &amp;URL:</translation>
    </message>
    <message>
        <source>Optional: https://… address of the invoice (DANFE)</source>
        <translation>Optional: https://… address of the invoice (DANFE)</translation>
    </message>
    <message>
        <source>Items in this invoice</source>
        <translation>Items in this invoice</translation>
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
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>To invoice</source>
        <translation>To invoice</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Line total</translation>
    </message>
    <message>
        <source>Shipping (optional)</source>
        <translation>Shipping (optional)</translation>
    </message>
    <message>
        <source>&amp;Courier:</source>
        <translation>&amp;Courier:</translation>
    </message>
    <message>
        <source>Tracking &amp;number:</source>
        <translation>Tracking &amp;number:</translation>
    </message>
    <message>
        <source>Tracking U&amp;RL:</source>
        <translation>Tracking U&amp;RL:</translation>
    </message>
    <message>
        <source>Filled from the courier when it is known</source>
        <translation>Filled from the courier when it is known</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Who is working at this station?</source>
        <translation>Who is working at this station?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Confirm PIN:</source>
        <translation>&amp;Confirm PIN:</translation>
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
    <message>
        <source>Start &amp;handling…</source>
        <translation>Start &amp;handling…</translation>
    </message>
    <message>
        <source>&amp;Invoice…</source>
        <translation>&amp;Invoice…</translation>
    </message>
    <message>
        <source>Send an invoice (NF-e) for all or part of the order&apos;s items</source>
        <translation>Send an invoice (NF-e) for all or part of the order&apos;s items</translation>
    </message>
    <message>
        <source>Add &amp;tracking…</source>
        <translation>Add &amp;tracking…</translation>
    </message>
    <message>
        <source>Add the courier and tracking number to one of the order&apos;s invoices</source>
        <translation>Add the courier and tracking number to one of the order&apos;s invoices</translation>
    </message>
    <message>
        <source>Tracking &amp;events…</source>
        <translation>Tracking &amp;events…</translation>
    </message>
    <message>
        <source>Send the shipment&apos;s tracking events, or mark it delivered</source>
        <translation>Send the shipment&apos;s tracking events, or mark it delivered</translation>
    </message>
    <message>
        <source>Cancel the order (a supervisor&apos;s PIN is required)</source>
        <translation>Cancel the order (a supervisor&apos;s PIN is required)</translation>
    </message>
    <message>
        <source>S&amp;witch operator…</source>
        <translation>S&amp;witch operator…</translation>
    </message>
    <message>
        <source>Log in as another operator</source>
        <translation>Log in as another operator</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>&amp;Operators…</translation>
    </message>
    <message>
        <source>Add operators and supervisors (supervisors only)</source>
        <translation>Add operators and supervisors (supervisors only)</translation>
    </message>
    <message>
        <source>&amp;Carriers…</source>
        <translation>&amp;Carriers…</translation>
    </message>
    <message>
        <source>Edit the courier list and their tracking URL templates</source>
        <translation>Edit the courier list and their tracking URL templates</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Outbox</translation>
    </message>
    <message>
        <source>Show the commands waiting, retrying, failed and sent today</source>
        <translation>Show the commands waiting, retrying, failed and sent today</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>Who did what, when, on which order, with which outcome</source>
        <translation>Who did what, when, on which order, with which outcome</translation>
    </message>
    <message>
        <source>Preview and print the packing slip of the order shown</source>
        <translation>Preview and print the packing slip of the order shown</translation>
    </message>
    <message>
        <source>Print packing slips of the &amp;selected orders…</source>
        <translation>Print packing slips of the &amp;selected orders…</translation>
    </message>
    <message>
        <source>One packing slip per page for every order selected in the list (Ctrl+click, Shift+click)</source>
        <translation>One packing slip per page for every order selected in the list (Ctrl+click, Shift+click)</translation>
    </message>
    <message>
        <source>Add, edit or remove store accounts</source>
        <translation>Add, edit or remove store accounts</translation>
    </message>
    <message>
        <source>Tell the store the warehouse started handling this order</source>
        <translation>Tell the store the warehouse started handling this order</translation>
    </message>
    <message>
        <source>C&amp;lose order (e-vendi)…</source>
        <translation>C&amp;lose order (e-vendi)…</translation>
    </message>
    <message>
        <source>Tell e-vendi the order is finished</source>
        <translation>Tell e-vendi the order is finished</translation>
    </message>
    <message>
        <source>&amp;Refund (e-vendi)…</source>
        <translation>&amp;Refund (e-vendi)…</translation>
    </message>
    <message>
        <source>Refund the order in e-vendi (a supervisor&apos;s PIN is required)</source>
        <translation>Refund the order in e-vendi (a supervisor&apos;s PIN is required)</translation>
    </message>
    <message>
        <source>&amp;Import tracking codes…</source>
        <translation>&amp;Import tracking codes…</translation>
    </message>
    <message>
        <source>Apply a spreadsheet (CSV or XLSX) of tracking codes to VTEX and e-vendi orders</source>
        <translation>Apply a spreadsheet (CSV or XLSX) of tracking codes to VTEX and e-vendi orders</translation>
    </message>
    <message>
        <source>A folder whose spreadsheets of tracking codes are read as they arrive</source>
        <translation>A folder whose spreadsheets of tracking codes are read as they arrive</translation>
    </message>
    <message>
        <source>Cancel or&amp;der…</source>
        <translation>Cancel or&amp;der…</translation>
    </message>
    <message>
        <source>Print pac&amp;king slip…</source>
        <translation>Print pac&amp;king slip…</translation>
    </message>
    <message>
        <source>Watched &amp;folder…</source>
        <translation>Watched &amp;folder…</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>Add an operator</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>New &amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Confirm PIN:</source>
        <translation>&amp;Confirm PIN:</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>&amp;Add operator</translation>
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
    <message>
        <source>Commands</source>
        <translation>Commands</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Receipt or last error</source>
        <translation>Receipt or last error</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>What was asked of the store for this order from this station, and what became of it.</source>
        <translation>What was asked of the store for this order from this station, and what became of it.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
</context>
<context>
    <name>StartHandlingDialog</name>
    <message>
        <source>Start handling</source>
        <translation>Start handling</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Items:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>The store moves the order to Handling: the warehouse can pick and pack it, and the customer sees that it is being prepared.</source>
        <translation>The store moves the order to Handling: the warehouse can pick and pack it, and the customer sees that it is being prepared.</translation>
    </message>
</context>
<context>
    <name>SupervisorPrompt</name>
    <message>
        <source>Supervisor authorisation</source>
        <translation>Supervisor authorisation</translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Supervisor:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;PIN:</source>
        <translation>Supervisor&apos;s &amp;PIN:</translation>
    </message>
</context>
<context>
    <name>TrackingDialog</name>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Invoice:</translation>
    </message>
    <message>
        <source>&amp;Courier:</source>
        <translation>&amp;Courier:</translation>
    </message>
    <message>
        <source>Tracking &amp;number:</source>
        <translation>Tracking &amp;number:</translation>
    </message>
    <message>
        <source>e.g. AA123456785BR</source>
        <translation>e.g. AA123456785BR</translation>
    </message>
    <message>
        <source>Tracking &amp;URL:</source>
        <translation>Tracking &amp;URL:</translation>
    </message>
    <message>
        <source>Filled from the courier when it is known</source>
        <translation>Filled from the courier when it is known</translation>
    </message>
    <message>
        <source>&amp;Dispatched:</source>
        <translation>&amp;Dispatched:</translation>
    </message>
</context>
<context>
    <name>TrackingEventsDialog</name>
    <message>
        <source>Tracking events</source>
        <translation>Tracking events</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Invoice:</translation>
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
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>&amp;Add event</translation>
    </message>
    <message>
        <source>&amp;Remove event</source>
        <translation>&amp;Remove event</translation>
    </message>
    <message>
        <source>&amp;Delivered on</source>
        <translation>&amp;Delivered on</translation>
    </message>
    <message>
        <source>Events (the list replaces the one the store holds)</source>
        <translation>Events (the list replaces the one the store holds)</translation>
    </message>
</context>
<context>
    <name>WatchFolderDialog</name>
    <message>
        <source>Watched folder</source>
        <translation>Watched folder</translation>
    </message>
    <message>
        <source>CSV and XLSX files that appear in this folder (a network share, a carrier&apos;s drop folder) are read and checked as in the import wizard. Each is filed in done/ or failed/ beside a report of the same name once its rows are sent.</source>
        <translation>CSV and XLSX files that appear in this folder (a network share, a carrier&apos;s drop folder) are read and checked as in the import wizard. Each is filed in done/ or failed/ beside a report of the same name once its rows are sent.</translation>
    </message>
    <message>
        <source>/srv/transportadora/entrada</source>
        <translation>/srv/transportadora/entrada</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Send without asking (a supervisor turns this on)</source>
        <translation>&amp;Send without asking (a supervisor turns this on)</translation>
    </message>
    <message>
        <source>Without it, a file waits in the status bar until someone opens it, checks it and confirms.</source>
        <translation>Without it, a file waits in the status bar until someone opens it, checks it and confirms.</translation>
    </message>
</context>
<context>
    <name>despacho::ActionForms</name>
    <message>
        <source>choose the invoice</source>
        <translation>choose the invoice</translation>
    </message>
    <message>
        <source>order %1 has no invoice %2</source>
        <translation>order %1 has no invoice %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>warning: %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>order %1 is %2; only orders ready for handling can start handling</source>
        <translation>order %1 is %2; only orders ready for handling can start handling</translation>
    </message>
    <message>
        <source>order %1 is %2; only orders ready for handling or in handling can be invoiced</source>
        <translation>order %1 is %2; only orders ready for handling or in handling can be invoiced</translation>
    </message>
    <message>
        <source>order %1 is already canceled</source>
        <translation>order %1 is already canceled</translation>
    </message>
    <message>
        <source>order %1 is invoiced or partially invoiced and cannot be canceled</source>
        <translation>order %1 is invoiced or partially invoiced and cannot be canceled</translation>
    </message>
    <message>
        <source>order %1 has no invoice yet</source>
        <translation>order %1 has no invoice yet</translation>
    </message>
    <message>
        <source>the issuance date and time are required</source>
        <translation>the issuance date and time are required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address</source>
        <translation>&quot;%1&quot; is not a web address</translation>
    </message>
    <message>
        <source>nothing left to invoice on order %1</source>
        <translation>nothing left to invoice on order %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>SKU %1 is not in order %2</source>
        <translation>SKU %1 is not in order %2</translation>
    </message>
    <message>
        <source>the quantity must be at least 1</source>
        <translation>the quantity must be at least 1</translation>
    </message>
    <message>
        <source>only %1 of SKU %2 left to invoice</source>
        <translation>only %1 of SKU %2 left to invoice</translation>
    </message>
    <message>
        <source>the unit price must not be negative</source>
        <translation>the unit price must not be negative</translation>
    </message>
    <message>
        <source>the invoice value must be greater than zero</source>
        <translation>the invoice value must be greater than zero</translation>
    </message>
    <message>
        <source>give both the courier and the tracking number, or neither</source>
        <translation>give both the courier and the tracking number, or neither</translation>
    </message>
    <message>
        <source>the courier is required</source>
        <translation>the courier is required</translation>
    </message>
    <message>
        <source>the tracking number is required</source>
        <translation>the tracking number is required</translation>
    </message>
    <message>
        <source>add at least one event or mark the package delivered</source>
        <translation>add at least one event or mark the package delivered</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>event %1</translation>
    </message>
    <message>
        <source>the city is required</source>
        <translation>the city is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Brazilian state (UF)</source>
        <translation>&quot;%1&quot; is not a Brazilian state (UF)</translation>
    </message>
    <message>
        <source>the description is required</source>
        <translation>the description is required</translation>
    </message>
    <message>
        <source>the date and time are required</source>
        <translation>the date and time are required</translation>
    </message>
    <message>
        <source>give the delivery date and time</source>
        <translation>give the delivery date and time</translation>
    </message>
    <message>
        <source>a reason is required to cancel</source>
        <translation>a reason is required to cancel</translation>
    </message>
    <message>
        <source>%1 is not a Correios code (two letters, 9 digits, two letters)</source>
        <translation>%1 is not a Correios code (two letters, 9 digits, two letters)</translation>
    </message>
    <message>
        <source>the Correios check digit of %1 should be %2; check the code</source>
        <translation>the Correios check digit of %1 should be %2; check the code</translation>
    </message>
    <message>
        <source>what is left of order %1&apos;s total</source>
        <translation>what is left of order %1&apos;s total</translation>
    </message>
    <message>
        <source>the value of the chosen items</source>
        <translation>the value of the chosen items</translation>
    </message>
    <message>
        <source>%1 is %2 less than %3, %4 (%5)</source>
        <translation>%1 is %2 less than %3, %4 (%5)</translation>
    </message>
    <message>
        <source>%1 is %2 more than %3, %4 (%5)</source>
        <translation>%1 is %2 more than %3, %4 (%5)</translation>
    </message>
    <message>
        <source>items %1</source>
        <translation>items %1</translation>
    </message>
    <message>
        <source>items %1 + freight, tax and discounts %2</source>
        <translation>items %1 + freight, tax and discounts %2</translation>
    </message>
    <message>
        <source>partial invoice: leaves out %1 of items (1 unit)</source>
        <translation>partial invoice: leaves out %1 of items (1 unit)</translation>
    </message>
    <message>
        <source>partial invoice: leaves out %1 of items (%2 units)</source>
        <translation>partial invoice: leaves out %1 of items (%2 units)</translation>
    </message>
    <message>
        <source>%1 and %2 of freight, tax and discounts</source>
        <translation>%1 and %2 of freight, tax and discounts</translation>
    </message>
    <message>
        <source>%1, for a later invoice</source>
        <translation>%1, for a later invoice</translation>
    </message>
    <message>
        <source>the store does not allow canceling order %1 now</source>
        <translation>the store does not allow canceling order %1 now</translation>
    </message>
</context>
<context>
    <name>despacho::Carriers</name>
    <message>
        <source>the carrier list is not valid JSON: %1</source>
        <translation>the carrier list is not valid JSON: %1</translation>
    </message>
    <message>
        <source>the carrier list must be a JSON array</source>
        <translation>the carrier list must be a JSON array</translation>
    </message>
    <message>
        <source>carrier %1 is not a JSON object</source>
        <translation>carrier %1 is not a JSON object</translation>
    </message>
</context>
<context>
    <name>despacho::Command</name>
    <message>
        <source>Start handling</source>
        <translation>Start handling</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Tracking events</source>
        <translation>Tracking events</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Waiting to retry</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <source>Close order</source>
        <translation>Close order</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
</context>
<context>
    <name>despacho::EvendiForms</name>
    <message>
        <source>order %1 is not an e-vendi order</source>
        <translation>order %1 is not an e-vendi order</translation>
    </message>
    <message>
        <source>order %1 is %2; %3</source>
        <translation>order %1 is %2; %3</translation>
    </message>
    <message>
        <source>a refunded order takes no tracking code</source>
        <translation>a refunded order takes no tracking code</translation>
    </message>
    <message>
        <source>a refunded order takes no fiscal note</source>
        <translation>a refunded order takes no fiscal note</translation>
    </message>
    <message>
        <source>only an open order can be closed</source>
        <translation>only an open order can be closed</translation>
    </message>
    <message>
        <source>e-vendi cancels only orders whose payment was refused</source>
        <translation>e-vendi cancels only orders whose payment was refused</translation>
    </message>
    <message>
        <source>only an open or closed order can be refunded</source>
        <translation>only an open or closed order can be refunded</translation>
    </message>
    <message>
        <source>the tracking code is required</source>
        <translation>the tracking code is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has spaces; a tracking code is one word</source>
        <translation>&quot;%1&quot; has spaces; a tracking code is one word</translation>
    </message>
    <message>
        <source>%1 is not a Correios code (two letters, 9 digits, two letters)</source>
        <translation>%1 is not a Correios code (two letters, 9 digits, two letters)</translation>
    </message>
    <message>
        <source>the Correios check digit of %1 should be %2; check the code</source>
        <translation>the Correios check digit of %1 should be %2; check the code</translation>
    </message>
    <message>
        <source>the fiscal note&apos;s address is required</source>
        <translation>the fiscal note&apos;s address is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// address; e-vendi takes the fiscal note&apos;s address over https only</source>
        <translation>&quot;%1&quot; is not an https:// address; e-vendi takes the fiscal note&apos;s address over https only</translation>
    </message>
    <message>
        <source>a reason is required to refund</source>
        <translation>a reason is required to refund</translation>
    </message>
    <message>
        <source>order %1 was not paid by boleto: e-vendi refunds it to the card; the bank account will not be used</source>
        <translation>order %1 was not paid by boleto: e-vendi refunds it to the card; the bank account will not be used</translation>
    </message>
    <message>
        <source>required to refund a boleto payment (e-vendi sends the money to this bank account)</source>
        <translation>required to refund a boleto payment (e-vendi sends the money to this bank account)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be digits only</source>
        <translation>&quot;%1&quot; must be digits only</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; is not one of %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither cpf nor cnpj</source>
        <translation>&quot;%1&quot; is neither cpf nor cnpj</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 (check digits)</source>
        <translation>%1 is not a valid %2 (check digits)</translation>
    </message>
</context>
<context>
    <name>despacho::EvendiOrder</name>
    <message>
        <source>e-vendi order %1 has an invalid %2</source>
        <translation>e-vendi order %1 has an invalid %2</translation>
    </message>
    <message>
        <source>the e-vendi order has no id</source>
        <translation>the e-vendi order has no id</translation>
    </message>
    <message>
        <source>e-vendi order %1 has no status (e-vendi gives it only in searchOrders)</source>
        <translation>e-vendi order %1 has no status (e-vendi gives it only in searchOrders)</translation>
    </message>
    <message>
        <source>e-vendi order %1 has no valid createdAt</source>
        <translation>e-vendi order %1 has no valid createdAt</translation>
    </message>
</context>
<context>
    <name>despacho::OrderDecoder</name>
    <message>
        <source>orders of channel %1 cannot be read by this version</source>
        <translation>orders of channel %1 cannot be read by this version</translation>
    </message>
    <message>
        <source>the order document is empty</source>
        <translation>the order document is empty</translation>
    </message>
    <message>
        <source>the order document is not a JSON object</source>
        <translation>the order document is not a JSON object</translation>
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
        <source>order %1 has an invalid creationDate &quot;%2&quot;</source>
        <translation>order %1 has an invalid creationDate &quot;%2&quot;</translation>
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
        <source>order %1 has an invalid creationDate &quot;%2&quot; in the list</source>
        <translation>order %1 has an invalid creationDate &quot;%2&quot; in the list</translation>
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
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Payment refused</source>
        <translation>Payment refused</translation>
    </message>
</context>
<context>
    <name>despacho::Scan</name>
    <message>
        <source>the issuer CNPJ in the key, %1, is not a valid CNPJ</source>
        <translation>the issuer CNPJ in the key, %1, is not a valid CNPJ</translation>
    </message>
    <message>
        <source>the key is of model %1, not an NF-e (55)</source>
        <translation>the key is of model %1, not an NF-e (55)</translation>
    </message>
    <message>
        <source>the key&apos;s month %1 is not a date</source>
        <translation>the key&apos;s month %1 is not a date</translation>
    </message>
    <message>
        <source>the key was issued in %1, a month still to come</source>
        <translation>the key was issued in %1, a month still to come</translation>
    </message>
    <message>
        <source>the key was issued in %1, before order %2 was placed (%3)</source>
        <translation>the key was issued in %1, before order %2 was placed (%3)</translation>
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
        <source>The server refused the change because of the item&apos;s current state (HTTP 409).</source>
        <translation>The server refused the change because of the item&apos;s current state (HTTP 409).</translation>
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
    <name>despacho::api::EvendiClient</name>
    <message>
        <source>e-vendi did not understand the request (400): check the account&apos;s organization id, its integration token and the order number.</source>
        <translation>e-vendi did not understand the request (400): check the account&apos;s organization id, its integration token and the order number.</translation>
    </message>
    <message>
        <source>e-vendi refused the method of the request (405): Despacho sent a GET where e-vendi expects a POST, or the reverse. Report it to whoever supports Despacho.</source>
        <translation>e-vendi refused the method of the request (405): Despacho sent a GET where e-vendi expects a POST, or the reverse. Report it to whoever supports Despacho.</translation>
    </message>
    <message>
        <source>e-vendi refused the request&apos;s format (415): it was not sent as application/json. Report it to whoever supports Despacho.</source>
        <translation>e-vendi refused the request&apos;s format (415): it was not sent as application/json. Report it to whoever supports Despacho.</translation>
    </message>
</context>
<context>
    <name>despacho::cli</name>
    <message>
        <source>--data-dir needs a directory</source>
        <translation>--data-dir needs a directory</translation>
    </message>
    <message>
        <source>--operator needs a name</source>
        <translation>--operator needs a name</translation>
    </message>
    <message>
        <source>Unknown option %1</source>
        <translation>Unknown option %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command %1</source>
        <translation>Unknown command %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) URL</source>
        <translation>%1: &quot;%2&quot; is not an http(s) URL</translation>
    </message>
    <message>
        <source>%1: plain http is only allowed for 127.0.0.1/localhost; use https</source>
        <translation>%1: plain http is only allowed for 127.0.0.1/localhost; use https</translation>
    </message>
    <message>
        <source>Name of the account in Despacho</source>
        <translation>Name of the account in Despacho</translation>
    </message>
    <message>
        <source>VTEX account name</source>
        <translation>VTEX account name</translation>
    </message>
    <message>
        <source>VTEX app key</source>
        <translation>VTEX app key</translation>
    </message>
    <message>
        <source>VTEX environment</source>
        <translation>VTEX environment</translation>
    </message>
    <message>
        <source>OMS base URL (tests, sandbox)</source>
        <translation>OMS base URL (tests, sandbox)</translation>
    </message>
    <message>
        <source>Payments base URL (tests, sandbox)</source>
        <translation>Payments base URL (tests, sandbox)</translation>
    </message>
    <message>
        <source>JSON output</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <source>NAME: &quot;%1&quot; must be 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>NAME: &quot;%1&quot; must be 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>--account: &quot;%1&quot; is not a VTEX account name (lower-case letters, digits, &apos;-&apos;)</source>
        <translation>--account: &quot;%1&quot; is not a VTEX account name (lower-case letters, digits, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>--app-key: must not be empty</source>
        <translation>--app-key: must not be empty</translation>
    </message>
    <message>
        <source>No app token: set DESPACHO_VTEX_APP_TOKEN or give it as one line on standard input (never on the command line).</source>
        <translation>No app token: set DESPACHO_VTEX_APP_TOKEN or give it as one line on standard input (never on the command line).</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>account %1: %2</translation>
    </message>
    <message>
        <source>account %1 saved (VTEX account %2; app token in the system keychain)</source>
        <translation>account %1 saved (VTEX account %2; app token in the system keychain)</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <source>No accounts. Add one with: despacho-cli account add-vtex NAME --account ACCOUNT --app-key KEY</source>
        <translation>No accounts. Add one with: despacho-cli account add-vtex NAME --account ACCOUNT --app-key KEY</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>There is no account named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>account %1 removed</source>
        <translation>account %1 removed</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Order id</translation>
    </message>
    <message>
        <source>Account of the order</source>
        <translation>Account of the order</translation>
    </message>
    <message>
        <source>Queue the command and return at once</source>
        <translation>Queue the command and return at once</translation>
    </message>
    <message>
        <source>Wait for another process&apos;s dispatcher to finish</source>
        <translation>Wait for another process&apos;s dispatcher to finish</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>warning: %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Invoice number (letters and digits)</source>
        <translation>Invoice number (letters and digits)</translation>
    </message>
    <message>
        <source>Invoice value in cents</source>
        <translation>Invoice value in cents</translation>
    </message>
    <message>
        <source>Issuance date and time, ISO-8601</source>
        <translation>Issuance date and time, ISO-8601</translation>
    </message>
    <message>
        <source>output (sale) or input (return)</source>
        <translation>output (sale) or input (return)</translation>
    </message>
    <message>
        <source>NF-e access key (44 digits)</source>
        <translation>NF-e access key (44 digits)</translation>
    </message>
    <message>
        <source>Invoice URL</source>
        <translation>Invoice URL</translation>
    </message>
    <message>
        <source>Item to invoice (repeatable)</source>
        <translation>Item to invoice (repeatable)</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
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
        <source>must be output or input</source>
        <translation>must be output or input</translation>
    </message>
    <message>
        <source>the invoice value in cents is required</source>
        <translation>the invoice value in cents is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value in cents</source>
        <translation>&quot;%1&quot; is not a value in cents</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date and time</source>
        <translation>&quot;%1&quot; is not an ISO-8601 date and time</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not SKU:QTY:UNIT_PRICE_CENTS</source>
        <translation>&quot;%1&quot; is not SKU:QTY:UNIT_PRICE_CENTS</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Dispatch date and time, ISO-8601</source>
        <translation>Dispatch date and time, ISO-8601</translation>
    </message>
    <message>
        <source>not an ISO-8601 date and time</source>
        <translation>not an ISO-8601 date and time</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>State (UF)</source>
        <translation>State (UF)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>When, ISO-8601</source>
        <translation>When, ISO-8601</translation>
    </message>
    <message>
        <source>The package was delivered</source>
        <translation>The package was delivered</translation>
    </message>
    <message>
        <source>Delivery date and time</source>
        <translation>Delivery date and time</translation>
    </message>
    <message>
        <source>Why the order is canceled</source>
        <translation>Why the order is canceled</translation>
    </message>
    <message>
        <source>Supervisor authorising the cancel</source>
        <translation>Supervisor authorising the cancel</translation>
    </message>
    <message>
        <source>canceling needs a supervisor&apos;s name and PIN</source>
        <translation>canceling needs a supervisor&apos;s name and PIN</translation>
    </message>
    <message>
        <source>command %1 (%2, order %3): %4</source>
        <translation>command %1 (%2, order %3): %4</translation>
    </message>
    <message>
        <source>, receipt %1</source>
        <translation>, receipt %1</translation>
    </message>
    <message>
        <source>This action needs the acting operator: despacho-cli --operator NAME ... (PIN from DESPACHO_PIN or standard input)</source>
        <translation>This action needs the acting operator: despacho-cli --operator NAME ... (PIN from DESPACHO_PIN or standard input)</translation>
    </message>
    <message>
        <source>order %1 exists in several accounts (%2): choose one with --account</source>
        <translation>order %1 exists in several accounts (%2): choose one with --account</translation>
    </message>
    <message>
        <source>order %1 is not in the cache; run despacho-cli sync first</source>
        <translation>order %1 is not in the cache; run despacho-cli sync first</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>order %1: %2</translation>
    </message>
    <message>
        <source>cannot queue the command: %1</source>
        <translation>cannot queue the command: %1</translation>
    </message>
    <message>
        <source>queued as command %1</source>
        <translation>queued as command %1</translation>
    </message>
    <message>
        <source>queued as command %1; %2</source>
        <translation>queued as command %1; %2</translation>
    </message>
    <message>
        <source>Name of the new operator</source>
        <translation>Name of the new operator</translation>
    </message>
    <message>
        <source>operator or supervisor</source>
        <translation>operator or supervisor</translation>
    </message>
    <message>
        <source>Supervisor who authorises the change</source>
        <translation>Supervisor who authorises the change</translation>
    </message>
    <message>
        <source>NAME: &quot;%1&quot; is not valid: %2</source>
        <translation>NAME: &quot;%1&quot; is not valid: %2</translation>
    </message>
    <message>
        <source>--role: &quot;%1&quot; is not valid: use operator or supervisor</source>
        <translation>--role: &quot;%1&quot; is not valid: use operator or supervisor</translation>
    </message>
    <message>
        <source>No PIN for %1: set DESPACHO_NEW_PIN or give it as one line on standard input (never on the command line).</source>
        <translation>No PIN for %1: set DESPACHO_NEW_PIN or give it as one line on standard input (never on the command line).</translation>
    </message>
    <message>
        <source>The new PIN for %1 is not valid: %2.</source>
        <translation>The new PIN for %1 is not valid: %2.</translation>
    </message>
    <message>
        <source>Adding operator %1 needs a supervisor: --supervisor NAME, with the supervisor&apos;s PIN in DESPACHO_SUPERVISOR_PIN or on the next line of standard input.</source>
        <translation>Adding operator %1 needs a supervisor: --supervisor NAME, with the supervisor&apos;s PIN in DESPACHO_SUPERVISOR_PIN or on the next line of standard input.</translation>
    </message>
    <message>
        <source>No PIN for supervisor %1: set DESPACHO_SUPERVISOR_PIN or give it on the next line of standard input.</source>
        <translation>No PIN for supervisor %1: set DESPACHO_SUPERVISOR_PIN or give it on the next line of standard input.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>No operators yet. Add the first supervisor with: despacho-cli operator add NAME --role supervisor</source>
        <translation>No operators yet. Add the first supervisor with: despacho-cli operator add NAME --role supervisor</translation>
    </message>
    <message>
        <source>Only this account</source>
        <translation>Only this account</translation>
    </message>
    <message>
        <source>Only this status</source>
        <translation>Only this status</translation>
    </message>
    <message>
        <source>Order id, sequence, client, document or e-mail</source>
        <translation>Order id, sequence, client, document or e-mail</translation>
    </message>
    <message>
        <source>At most N orders</source>
        <translation>At most N orders</translation>
    </message>
    <message>
        <source>--status: unknown status &quot;%1&quot;</source>
        <translation>--status: unknown status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit: must be a positive number</source>
        <translation>--limit: must be a positive number</translation>
    </message>
    <message>
        <source>The cached order JSON as received</source>
        <translation>The cached order JSON as received</translation>
    </message>
    <message>
        <source>order %1: only the list row is cached; run despacho-cli sync</source>
        <translation>order %1: only the list row is cached; run despacho-cli sync</translation>
    </message>
    <message>
        <source>order %1 is not in the cache</source>
        <translation>order %1 is not in the cache</translation>
    </message>
    <message>
        <source>Order %1 (sequence %2), account %3</source>
        <translation>Order %1 (sequence %2), account %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>Client: %1 &lt;%2&gt; %3</source>
        <translation>Client: %1 &lt;%2&gt; %3</translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation>Ship to: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Invoice %1 (%2): %3 %4</source>
        <translation>Invoice %1 (%2): %3 %4</translation>
    </message>
    <message>
        <source>outbox sent: %1 sent, %2 failed in this run</source>
        <translation>outbox sent: %1 sent, %2 failed in this run</translation>
    </message>
    <message>
        <source>there is no command %1 in the outbox</source>
        <translation>there is no command %1 in the outbox</translation>
    </message>
    <message>
        <source>Command id</source>
        <translation>Command id</translation>
    </message>
    <message>
        <source>Supervisor authorising the discard</source>
        <translation>Supervisor authorising the discard</translation>
    </message>
    <message>
        <source>--supervisor: discarding a command needs a supervisor&apos;s name and PIN</source>
        <translation>--supervisor: discarding a command needs a supervisor&apos;s name and PIN</translation>
    </message>
    <message>
        <source>command %1 discarded</source>
        <translation>command %1 discarded</translation>
    </message>
    <message>
        <source>command %1 queued again</source>
        <translation>command %1 queued again</translation>
    </message>
    <message>
        <source>Only this order</source>
        <translation>Only this order</translation>
    </message>
    <message>
        <source>Only this operator or supervisor</source>
        <translation>Only this operator or supervisor</translation>
    </message>
    <message>
        <source>Only this action</source>
        <translation>Only this action</translation>
    </message>
    <message>
        <source>synced %1 orders (%2 details) in %3 s</source>
        <translation>synced %1 orders (%2 details) in %3 s</translation>
    </message>
    <message>
        <source>%1 failures</source>
        <translation>%1 failures</translation>
    </message>
    <message>
        <source>Sync only this account</source>
        <translation>Sync only this account</translation>
    </message>
    <message>
        <source>Order status to sync (repeatable)</source>
        <translation>Order status to sync (repeatable)</translation>
    </message>
    <message>
        <source>Orders created on or after this day</source>
        <translation>Orders created on or after this day</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Requests in flight</translation>
    </message>
    <message>
        <source>--status: unknown status &quot;%1&quot; (for example ready-for-handling, handling, invoiced, canceled)</source>
        <translation>--status: unknown status &quot;%1&quot; (for example ready-for-handling, handling, invoiced, canceled)</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not a date like 2024-03-31</source>
        <translation>--since: &quot;%1&quot; is not a date like 2024-03-31</translation>
    </message>
    <message>
        <source>--concurrency: must be a number from 1 to 64</source>
        <translation>--concurrency: must be a number from 1 to 64</translation>
    </message>
    <message>
        <source>No accounts to sync. Add one with: despacho-cli account add-vtex NAME --account ACCOUNT --app-key KEY</source>
        <translation>No accounts to sync. Add one with: despacho-cli account add-vtex NAME --account ACCOUNT --app-key KEY</translation>
    </message>
    <message>
        <source>Managing accounts needs a supervisor: add --supervisor NAME (PIN from DESPACHO_SUPERVISOR_PIN or standard input).</source>
        <translation>Managing accounts needs a supervisor: add --supervisor NAME (PIN from DESPACHO_SUPERVISOR_PIN or standard input).</translation>
    </message>
    <message>
        <source>Supervisor authorising the change</source>
        <translation>Supervisor authorising the change</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>missing argument</translation>
    </message>
    <message>
        <source>%1: %2 (usage: %3)</source>
        <translation>%1: %2 (usage: %3)</translation>
    </message>
    <message>
        <source>--account and --app-key are required</source>
        <translation>--account and --app-key are required</translation>
    </message>
    <message>
        <source>%1 ORDER_ID [options]; see despacho-cli --help</source>
        <translation>%1 ORDER_ID [options]; see despacho-cli --help</translation>
    </message>
    <message>
        <source>Give up waiting after SECONDS (default %1); the commands stay queued</source>
        <translation>Give up waiting after SECONDS (default %1); the commands stay queued</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a number of seconds from 1 to 86400</source>
        <translation>--timeout: &quot;%1&quot; is not a number of seconds from 1 to 86400</translation>
    </message>
    <message>
        <source>command %1 (%2, account %3, order %4) still queued: %5</source>
        <translation>command %1 (%2, account %3, order %4) still queued: %5</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>no answer yet</translation>
    </message>
    <message>
        <source>no outcome after %1 s; the command stays queued</source>
        <translation>no outcome after %1 s; the command stays queued</translation>
    </message>
    <message>
        <source>another process still holds the outbox after %1 s; the command stays queued</source>
        <translation>another process still holds the outbox after %1 s; the command stays queued</translation>
    </message>
    <message>
        <source>--role is required</source>
        <translation>--role is required</translation>
    </message>
    <message>
        <source>operator: unknown subcommand &quot;%1&quot; (usage: operator add|list ...)</source>
        <translation>operator: unknown subcommand &quot;%1&quot; (usage: operator add|list ...)</translation>
    </message>
    <message>
        <source>outbox send: gave up after %1 s; %2 commands still queued</source>
        <translation>outbox send: gave up after %1 s; %2 commands still queued</translation>
    </message>
    <message>
        <source>outbox send: another process still holds the outbox after %1 s; %2 commands still queued</source>
        <translation>outbox send: another process still holds the outbox after %1 s; %2 commands still queued</translation>
    </message>
    <message>
        <source>outbox: unknown subcommand or option &quot;%1&quot; (usage: outbox [--json] | outbox send [--wait] [--timeout SECONDS] | outbox retry ID | outbox discard ID --supervisor NAME)</source>
        <translation>outbox: unknown subcommand or option &quot;%1&quot; (usage: outbox [--json] | outbox send [--wait] [--timeout SECONDS] | outbox retry ID | outbox discard ID --supervisor NAME)</translation>
    </message>
    <message>
        <source>command %1: %2</source>
        <translation>command %1: %2</translation>
    </message>
    <message>
        <source>database %1 could not be read or written: %2</source>
        <translation>database %1 could not be read or written: %2</translation>
    </message>
    <message>
        <source>account %1: cannot record the sync: %2</source>
        <translation>account %1: cannot record the sync: %2</translation>
    </message>
    <message>
        <source>e-vendi organizationExternalId</source>
        <translation>e-vendi organizationExternalId</translation>
    </message>
    <message>
        <source>e-vendi environment: dev or prod</source>
        <translation>e-vendi environment: dev or prod</translation>
    </message>
    <message>
        <source>e-vendi API base URL (tests, sandbox)</source>
        <translation>e-vendi API base URL (tests, sandbox)</translation>
    </message>
    <message>
        <source>--organization and --env are required</source>
        <translation>--organization and --env are required</translation>
    </message>
    <message>
        <source>--organization: must not be empty</source>
        <translation>--organization: must not be empty</translation>
    </message>
    <message>
        <source>--env: &quot;%1&quot; is neither dev nor prod</source>
        <translation>--env: &quot;%1&quot; is neither dev nor prod</translation>
    </message>
    <message>
        <source>--env prod: in e-vendi&apos;s prod every transaction is real money (charges and refunds). A supervisor must authorise it: add --supervisor NAME (PIN from DESPACHO_SUPERVISOR_PIN or standard input).</source>
        <translation>--env prod: in e-vendi&apos;s prod every transaction is real money (charges and refunds). A supervisor must authorise it: add --supervisor NAME (PIN from DESPACHO_SUPERVISOR_PIN or standard input).</translation>
    </message>
    <message>
        <source>No integration token: set DESPACHO_EVENDI_TOKEN or give it as one line on standard input (never on the command line).</source>
        <translation>No integration token: set DESPACHO_EVENDI_TOKEN or give it as one line on standard input (never on the command line).</translation>
    </message>
    <message>
        <source>account %1 saved: e-vendi organization %2, PROD (real money); integration token in the system keychain</source>
        <translation>account %1 saved: e-vendi organization %2, PROD (real money); integration token in the system keychain</translation>
    </message>
    <message>
        <source>account %1 saved: e-vendi organization %2, dev; integration token in the system keychain</source>
        <translation>account %1 saved: e-vendi organization %2, dev; integration token in the system keychain</translation>
    </message>
    <message>
        <source>PROD (real money)</source>
        <translation>PROD (real money)</translation>
    </message>
    <message>
        <source>account: unknown subcommand &quot;%1&quot; (usage: account add-vtex|add-evendi|list|remove ...)</source>
        <translation>account: unknown subcommand &quot;%1&quot; (usage: account add-vtex|add-evendi|list|remove ...)</translation>
    </message>
    <message>
        <source>order %1 of account %2 is a %3 order; %4 is for %5 orders</source>
        <translation>order %1 of account %2 is a %3 order; %4 is for %5 orders</translation>
    </message>
    <message>
        <source>account %1 is e-vendi PROD: this is real money</source>
        <translation>account %1 is e-vendi PROD: this is real money</translation>
    </message>
    <message>
        <source>%1 needs a supervisor&apos;s name and PIN</source>
        <translation>%1 needs a supervisor&apos;s name and PIN</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <source>The fiscal note&apos;s https:// address</source>
        <translation>The fiscal note&apos;s https:// address</translation>
    </message>
    <message>
        <source>Why the order is canceled (for the audit log)</source>
        <translation>Why the order is canceled (for the audit log)</translation>
    </message>
    <message>
        <source>Why the order is refunded</source>
        <translation>Why the order is refunded</translation>
    </message>
    <message>
        <source>Supervisor authorising the refund</source>
        <translation>Supervisor authorising the refund</translation>
    </message>
    <message>
        <source>Boleto refunds: the bank&apos;s code</source>
        <translation>Boleto refunds: the bank&apos;s code</translation>
    </message>
    <message>
        <source>Boleto refunds: the agency</source>
        <translation>Boleto refunds: the agency</translation>
    </message>
    <message>
        <source>Boleto refunds: the agency&apos;s check digit</source>
        <translation>Boleto refunds: the agency&apos;s check digit</translation>
    </message>
    <message>
        <source>Boleto refunds: the account number</source>
        <translation>Boleto refunds: the account number</translation>
    </message>
    <message>
        <source>Boleto refunds: the account&apos;s check digit</source>
        <translation>Boleto refunds: the account&apos;s check digit</translation>
    </message>
    <message>
        <source>Boleto refunds: %1</source>
        <translation>Boleto refunds: %1</translation>
    </message>
    <message>
        <source>Boleto refunds: cpf or cnpj</source>
        <translation>Boleto refunds: cpf or cnpj</translation>
    </message>
    <message>
        <source>Boleto refunds: the holder&apos;s CPF or CNPJ</source>
        <translation>Boleto refunds: the holder&apos;s CPF or CNPJ</translation>
    </message>
    <message>
        <source>Boleto refunds: the account holder&apos;s name</source>
        <translation>Boleto refunds: the account holder&apos;s name</translation>
    </message>
    <message>
        <source>Usage: despacho-cli [--data-dir DIR] [--operator NAME] [--json] COMMAND ...

Commands:
  account add-vtex NAME --account ACCOUNT --app-key KEY [--base-url URL]
                   [--payments-url URL] [--environment ENV] [--supervisor NAME]
                   (app token from DESPACHO_VTEX_APP_TOKEN or one line of stdin)
  account add-evendi NAME --organization ID --env dev|prod [--base-url URL]
                   [--supervisor NAME]   (prod: real money, needs the supervisor)
                   (token from DESPACHO_EVENDI_TOKEN or one line of stdin)
  account list [--json]
  account remove NAME [--supervisor NAME]
  sync [--account NAME] [--status STATUS]... [--since YYYY-MM-DD] [--concurrency N]
  orders [--account NAME] [--status STATUS] [--search TEXT] [--limit N] [--json]
  show ORDER_ID [--account NAME] [--json]
  operator add NAME --role operator|supervisor [--supervisor NAME]
                   (PINs from DESPACHO_NEW_PIN / DESPACHO_SUPERVISOR_PIN or stdin)
  operator list [--json]
  start-handling ORDER_ID
  invoice ORDER_ID --number N --value CENTS --issued ISO8601 [--type output|input]
          [--key NFE_KEY] [--url URL] [--item SKU:QTY:UNIT_PRICE_CENTS]...
          [--courier C --tracking-number T [--tracking-url U]]
  tracking ORDER_ID --invoice N --courier C --number T [--url U] [--dispatched ISO8601]
  tracking-event ORDER_ID --invoice N --city C --state UF --description D
          --date ISO8601 [--delivered --delivered-date ISO8601]
  cancel ORDER_ID --reason TEXT --supervisor NAME
  evendi-tracking ORDER_ID --code CODE
  evendi-fiscal-note ORDER_ID --url https://...
  evendi-close ORDER_ID
  evendi-cancel ORDER_ID --supervisor NAME [--reason TEXT]   (refused orders)
  evendi-refund ORDER_ID --reason TEXT --supervisor NAME
          [--bank-code C --agency N [--dv-agency D] --account-number N [--dv-account D]
           --account-type T --document-type cpf|cnpj --document-number N
           --holder-name NAME]   (bank account: boleto payments; never kept once sent)
          (actions: [--account NAME] [--queue-only] [--wait] [--timeout SECONDS]; the
           acting operator is --operator NAME with DESPACHO_PIN, supervisors&apos; PINs
           DESPACHO_SUPERVISOR_PIN)
  outbox [--json] | outbox send [--wait] [--timeout SECONDS] | outbox retry ID
  outbox discard ID --supervisor NAME
  audit [--order ORDER_ID] [--who NAME] [--action ACTION] [--json]
  import-tracking FILE [--sheet NAME] [--encoding utf-8|windows-1252]
          [--map COLUMN=FIELD]... [--account NAME] [--dry-run] [--report OUT.csv]
          [--queue-only] [--wait] [--timeout SECONDS]   (fields: order, invoice,
           courier, tracking_number, tracking_url, dispatched, account, none)
  watch-folder DIR [--auto-send --supervisor NAME] [--once] [--account NAME]
          (CSV and XLSX files dropped there; filed in done/ or failed/ with a report)

Exit codes: 0 ok, 1 invalid input, 2 usage, 3 remote or network error,
4 some items failed, 5 local environment unavailable.</source>
        <translation>Usage: despacho-cli [--data-dir DIR] [--operator NAME] [--json] COMMAND ...

Commands:
  account add-vtex NAME --account ACCOUNT --app-key KEY [--base-url URL]
                   [--payments-url URL] [--environment ENV] [--supervisor NAME]
                   (app token from DESPACHO_VTEX_APP_TOKEN or one line of stdin)
  account add-evendi NAME --organization ID --env dev|prod [--base-url URL]
                   [--supervisor NAME]   (prod: real money, needs the supervisor)
                   (token from DESPACHO_EVENDI_TOKEN or one line of stdin)
  account list [--json]
  account remove NAME [--supervisor NAME]
  sync [--account NAME] [--status STATUS]... [--since YYYY-MM-DD] [--concurrency N]
  orders [--account NAME] [--status STATUS] [--search TEXT] [--limit N] [--json]
  show ORDER_ID [--account NAME] [--json]
  operator add NAME --role operator|supervisor [--supervisor NAME]
                   (PINs from DESPACHO_NEW_PIN / DESPACHO_SUPERVISOR_PIN or stdin)
  operator list [--json]
  start-handling ORDER_ID
  invoice ORDER_ID --number N --value CENTS --issued ISO8601 [--type output|input]
          [--key NFE_KEY] [--url URL] [--item SKU:QTY:UNIT_PRICE_CENTS]...
          [--courier C --tracking-number T [--tracking-url U]]
  tracking ORDER_ID --invoice N --courier C --number T [--url U] [--dispatched ISO8601]
  tracking-event ORDER_ID --invoice N --city C --state UF --description D
          --date ISO8601 [--delivered --delivered-date ISO8601]
  cancel ORDER_ID --reason TEXT --supervisor NAME
  evendi-tracking ORDER_ID --code CODE
  evendi-fiscal-note ORDER_ID --url https://...
  evendi-close ORDER_ID
  evendi-cancel ORDER_ID --supervisor NAME [--reason TEXT]   (refused orders)
  evendi-refund ORDER_ID --reason TEXT --supervisor NAME
          [--bank-code C --agency N [--dv-agency D] --account-number N [--dv-account D]
           --account-type T --document-type cpf|cnpj --document-number N
           --holder-name NAME]   (bank account: boleto payments; never kept once sent)
          (actions: [--account NAME] [--queue-only] [--wait] [--timeout SECONDS]; the
           acting operator is --operator NAME with DESPACHO_PIN, supervisors&apos; PINs
           DESPACHO_SUPERVISOR_PIN)
  outbox [--json] | outbox send [--wait] [--timeout SECONDS] | outbox retry ID
  outbox discard ID --supervisor NAME
  audit [--order ORDER_ID] [--who NAME] [--action ACTION] [--json]
  import-tracking FILE [--sheet NAME] [--encoding utf-8|windows-1252]
          [--map COLUMN=FIELD]... [--account NAME] [--dry-run] [--report OUT.csv]
          [--queue-only] [--wait] [--timeout SECONDS]   (fields: order, invoice,
           courier, tracking_number, tracking_url, dispatched, account, none)
  watch-folder DIR [--auto-send --supervisor NAME] [--once] [--account NAME]
          (CSV and XLSX files dropped there; filed in done/ or failed/ with a report)

Exit codes: 0 ok, 1 invalid input, 2 usage, 3 remote or network error,
4 some items failed, 5 local environment unavailable.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>cannot write the report %1: %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>%1 rows: %2 sent, %3 queued, %4 checked (dry run), %5 already applied, %6 duplicates in the file, %7 rejected</source>
        <translation>%1 rows: %2 sent, %3 queued, %4 checked (dry run), %5 already applied, %6 duplicates in the file, %7 rejected</translation>
    </message>
    <message>
        <source>%1 rows still queued after %2 s; they stay in the outbox and are sent later</source>
        <translation>%1 rows still queued after %2 s; they stay in the outbox and are sent later</translation>
    </message>
    <message>
        <source>the rows are queued; %1</source>
        <translation>the rows are queued; %1</translation>
    </message>
    <message>
        <source>CSV or XLSX file</source>
        <translation>CSV or XLSX file</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet (default: the first visible one with data)</source>
        <translation>The workbook&apos;s sheet (default: the first visible one with data)</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 or windows-1252 (default: detected)</source>
        <translation>CSV encoding: utf-8 or windows-1252 (default: detected)</translation>
    </message>
    <message>
        <source>COLUMN=FIELD: column (header or letter) to field (order, invoice, courier, tracking_number, tracking_url, dispatched, account, none)</source>
        <translation>COLUMN=FIELD: column (header or letter) to field (order, invoice, courier, tracking_number, tracking_url, dispatched, account, none)</translation>
    </message>
    <message>
        <source>Only this account&apos;s orders</source>
        <translation>Only this account&apos;s orders</translation>
    </message>
    <message>
        <source>Validate and report; queue nothing</source>
        <translation>Validate and report; queue nothing</translation>
    </message>
    <message>
        <source>Write the per-row report (CSV) here</source>
        <translation>Write the per-row report (CSV) here</translation>
    </message>
    <message>
        <source>Queue the rows and return at once</source>
        <translation>Queue the rows and return at once</translation>
    </message>
    <message>
        <source>import-tracking FILE [--sheet NAME] [--encoding utf-8|windows-1252] [--map COLUMN=FIELD]... [--account NAME] [--dry-run] [--report OUT.csv]</source>
        <translation>import-tracking FILE [--sheet NAME] [--encoding utf-8|windows-1252] [--map COLUMN=FIELD]... [--account NAME] [--dry-run] [--report OUT.csv]</translation>
    </message>
    <message>
        <source>--encoding %1: use utf-8 or windows-1252</source>
        <translation>--encoding %1: use utf-8 or windows-1252</translation>
    </message>
    <message>
        <source>no account named %1</source>
        <translation>no account named %1</translation>
    </message>
    <message>
        <source>%1: CSV, %2, fields separated by %3</source>
        <translation>%1: CSV, %2, fields separated by %3</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot;</source>
        <translation>%1: sheet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>warning: from row %1 on, accents were already lost (�) before the file got here: export it again or choose another --encoding</source>
        <translation>warning: from row %1 on, accents were already lost (�) before the file got here: export it again or choose another --encoding</translation>
    </message>
    <message>
        <source>%1: no header row names the order or the tracking number (Pedido, Rastreio, Order, Tracking…); name the columns or use --map C=order</source>
        <translation>%1: no header row names the order or the tracking number (Pedido, Rastreio, Order, Tracking…); name the columns or use --map C=order</translation>
    </message>
    <message>
        <source>%1: no column for %2; use --map COLUMN=FIELD</source>
        <translation>%1: no column for %2; use --map COLUMN=FIELD</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>columns: %1</translation>
    </message>
    <message>
        <source>cannot queue the rows: %1</source>
        <translation>cannot queue the rows: %1</translation>
    </message>
    <message>
        <source>The folder to watch</source>
        <translation>The folder to watch</translation>
    </message>
    <message>
        <source>Send each file&apos;s good rows without asking (a supervisor&apos;s decision: --supervisor NAME)</source>
        <translation>Send each file&apos;s good rows without asking (a supervisor&apos;s decision: --supervisor NAME)</translation>
    </message>
    <message>
        <source>The supervisor who turns auto-send on</source>
        <translation>The supervisor who turns auto-send on</translation>
    </message>
    <message>
        <source>Handle the files there now, then stop</source>
        <translation>Handle the files there now, then stop</translation>
    </message>
    <message>
        <source>How long a file must stay unchanged before it is read</source>
        <translation>How long a file must stay unchanged before it is read</translation>
    </message>
    <message>
        <source>watch-folder DIR [--auto-send --supervisor NAME] [--once] [--account NAME]</source>
        <translation>watch-folder DIR [--auto-send --supervisor NAME] [--once] [--account NAME]</translation>
    </message>
    <message>
        <source>--settle-ms %1: give milliseconds</source>
        <translation>--settle-ms %1: give milliseconds</translation>
    </message>
    <message>
        <source>--auto-send sends without a person confirming each file: it needs --supervisor NAME (PIN from DESPACHO_SUPERVISOR_PIN)</source>
        <translation>--auto-send sends without a person confirming each file: it needs --supervisor NAME (PIN from DESPACHO_SUPERVISOR_PIN)</translation>
    </message>
    <message>
        <source>%1: not readable; moved to %2 (report %3)</source>
        <translation>%1: not readable; moved to %2 (report %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) rejected; moved to %2 (report %3)</source>
        <translation>
            <numerusform>%1: %n row rejected; moved to %2 (report %3)</numerusform>
            <numerusform>%1: %n rows rejected; moved to %2 (report %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 rows ready, %3 already applied, %4 duplicates, %5 rejected; waiting for a person (or --auto-send)</source>
        <translation>%1: %2 rows ready, %3 already applied, %4 duplicates, %5 rejected; waiting for a person (or --auto-send)</translation>
    </message>
    <message>
        <source>another process sends the outbox (%1); the files are filed once it has sent their rows</source>
        <translation>another process sends the outbox (%1); the files are filed once it has sent their rows</translation>
    </message>
    <message>
        <source>watching %1 (%2)</source>
        <translation>watching %1 (%2)</translation>
    </message>
    <message>
        <source>auto-send</source>
        <translation>auto-send</translation>
    </message>
    <message>
        <source>confirm in the app</source>
        <translation>confirm in the app</translation>
    </message>
</context>
<context>
    <name>despacho::demo::DemoSession</name>
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
    <name>despacho::gui::AccountsDialog</name>
    <message>
        <source>The system keychain is not available, so the app token cannot be stored. Start or unlock your desktop&apos;s keyring (GNOME Keyring or KWallet) and save again. Details: %1</source>
        <translation>The system keychain is not available, so the app token cannot be stored. Start or unlock your desktop&apos;s keyring (GNOME Keyring or KWallet) and save again. Details: %1</translation>
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
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>An account named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>Enter the VTEX account name.</source>
        <translation>Enter the VTEX account name.</translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits and hyphens, as in the store&apos;s VTEX address.</source>
        <translation>Use only lower-case letters, digits and hyphens, as in the store&apos;s VTEX address.</translation>
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
    <message>
        <source>Add e-vendi…</source>
        <translation>Add e-vendi…</translation>
    </message>
</context>
<context>
    <name>despacho::gui::AuditModel</name>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>PIN refused</source>
        <translation>PIN refused</translation>
    </message>
    <message>
        <source>Operator locked</source>
        <translation>Operator locked</translation>
    </message>
    <message>
        <source>Operator added</source>
        <translation>Operator added</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>despacho::gui::AuditView</name>
    <message>
        <source>The newest %1 entries are shown; narrow the filters to see older ones.</source>
        <translation>The newest %1 entries are shown; narrow the filters to see older ones.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entries</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Entries where this person acted or authorised (exact name)</source>
        <translation>Entries where this person acted or authorised (exact name)</translation>
    </message>
</context>
<context>
    <name>despacho::gui::CancelDialog</name>
    <message>
        <source>Cancel order %1</source>
        <translation>Cancel order %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Keep order</source>
        <translation>Keep order</translation>
    </message>
</context>
<context>
    <name>despacho::gui::CarriersDialog</name>
    <message>
        <source>Row %1: the courier needs a name.</source>
        <translation>Row %1: the courier needs a name.</translation>
    </message>
    <message>
        <source>Row %1: %2 is listed twice.</source>
        <translation>Row %1: %2 is listed twice.</translation>
    </message>
    <message>
        <source>Row %1 (%2): the tracking URL template must be an http(s) address.</source>
        <translation>Row %1 (%2): the tracking URL template must be an http(s) address.</translation>
    </message>
    <message>
        <source>Row %1 (%2): the tracking URL template needs {code} where the tracking number goes.</source>
        <translation>Row %1 (%2): the tracking URL template needs {code} where the tracking number goes.</translation>
    </message>
</context>
<context>
    <name>despacho::gui::EvendiAccountDialog</name>
    <message>
        <source>New e-vendi account</source>
        <translation>New e-vendi account</translation>
    </message>
    <message>
        <source>e-vendi account %1</source>
        <translation>e-vendi account %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Organization id:</source>
        <translation>Organization id:</translation>
    </message>
    <message>
        <source>organizationExternalId, as e-vendi gave it</source>
        <translation>organizationExternalId, as e-vendi gave it</translation>
    </message>
    <message>
        <source>dev (tests, no real money)</source>
        <translation>dev (tests, no real money)</translation>
    </message>
    <message>
        <source>prod (real money)</source>
        <translation>prod (real money)</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <source>Base URL (optional):</source>
        <translation>Base URL (optional):</translation>
    </message>
    <message>
        <source> requests per minute</source>
        <translation> requests per minute</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Rate limit:</translation>
    </message>
    <message>
        <source>Integration token:</source>
        <translation>Integration token:</translation>
    </message>
    <message>
        <source>Stored only in the system keychain</source>
        <translation>Stored only in the system keychain</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Leave empty to keep the stored token</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>An account named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>Enter the organization id e-vendi gave you.</source>
        <translation>Enter the organization id e-vendi gave you.</translation>
    </message>
    <message>
        <source>Enter a full address such as https://e-vendi.com.br/api/.</source>
        <translation>Enter a full address such as https://e-vendi.com.br/api/.</translation>
    </message>
    <message>
        <source>Use https; plain http is accepted only for this computer (127.0.0.1 or localhost).</source>
        <translation>Use https; plain http is accepted only for this computer (127.0.0.1 or localhost).</translation>
    </message>
    <message>
        <source>Enter the integration token.</source>
        <translation>Enter the integration token.</translation>
    </message>
    <message>
        <source>The token must not start or end with spaces.</source>
        <translation>The token must not start or end with spaces.</translation>
    </message>
    <message>
        <source>e-vendi prod</source>
        <translation>e-vendi prod</translation>
    </message>
    <message>
        <source>Account %1 will work on e-vendi&apos;s prod: there every transaction is real money. Closing, canceling and refunding orders charge and pay back customers for real. A supervisor&apos;s PIN is asked next.</source>
        <translation>Account %1 will work on e-vendi&apos;s prod: there every transaction is real money. Closing, canceling and refunding orders charge and pay back customers for real. A supervisor&apos;s PIN is asked next.</translation>
    </message>
    <message>
        <source>Use prod</source>
        <translation>Use prod</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>Putting account %1 on e-vendi&apos;s prod (real money) needs a supervisor&apos;s PIN now.</source>
        <translation>Putting account %1 on e-vendi&apos;s prod (real money) needs a supervisor&apos;s PIN now.</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>Account %1 saved.</translation>
    </message>
</context>
<context>
    <name>despacho::gui::EvendiActionDialog</name>
    <message>
        <source>e-vendi PROD: real money</source>
        <translation>e-vendi PROD: real money</translation>
    </message>
    <message>
        <source>e-vendi order %1 (number %2) · account %3 · %4 · %5</source>
        <translation>e-vendi order %1 (number %2) · account %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Tracking code (e-vendi)</source>
        <translation>Tracking code (e-vendi)</translation>
    </message>
    <message>
        <source>e-vendi keeps one tracking code per order; sending one replaces the one it had.</source>
        <translation>e-vendi keeps one tracking code per order; sending one replaces the one it had.</translation>
    </message>
    <message>
        <source>Tracking code:</source>
        <translation>Tracking code:</translation>
    </message>
    <message>
        <source>Fiscal note (e-vendi)</source>
        <translation>Fiscal note (e-vendi)</translation>
    </message>
    <message>
        <source>The address where the customer finds the fiscal note (DANFE or XML); e-vendi takes https:// addresses only.</source>
        <translation>The address where the customer finds the fiscal note (DANFE or XML); e-vendi takes https:// addresses only.</translation>
    </message>
    <message>
        <source>Fiscal note URL:</source>
        <translation>Fiscal note URL:</translation>
    </message>
    <message>
        <source>Close order (e-vendi)</source>
        <translation>Close order (e-vendi)</translation>
    </message>
    <message>
        <source>Closing tells e-vendi that order %1 is finished: it leaves the open orders and can no longer be canceled, only refunded. Close it once it has shipped.</source>
        <translation>Closing tells e-vendi that order %1 is finished: it leaves the open orders and can no longer be canceled, only refunded. Close it once it has shipped.</translation>
    </message>
    <message>
        <source>Cancel order (e-vendi)</source>
        <translation>Cancel order (e-vendi)</translation>
    </message>
    <message>
        <source>e-vendi cancels only orders whose payment was refused. A supervisor&apos;s PIN is asked next.</source>
        <translation>e-vendi cancels only orders whose payment was refused. A supervisor&apos;s PIN is asked next.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Refund (e-vendi)</source>
        <translation>Refund (e-vendi)</translation>
    </message>
    <message>
        <source>Order %1 was paid by boleto: e-vendi returns the money to the bank account below. The account is sent once and then kept nowhere. A supervisor&apos;s PIN is asked next.</source>
        <translation>Order %1 was paid by boleto: e-vendi returns the money to the bank account below. The account is sent once and then kept nowhere. A supervisor&apos;s PIN is asked next.</translation>
    </message>
    <message>
        <source>e-vendi returns the money of order %1 to the payment it came from. A supervisor&apos;s PIN is asked next.</source>
        <translation>e-vendi returns the money of order %1 to the payment it came from. A supervisor&apos;s PIN is asked next.</translation>
    </message>
    <message>
        <source>Bank code:</source>
        <translation>Bank code:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <source>Agency digit:</source>
        <translation>Agency digit:</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>Account number:</translation>
    </message>
    <message>
        <source>Account digit:</source>
        <translation>Account digit:</translation>
    </message>
    <message>
        <source>Account type:</source>
        <translation>Account type:</translation>
    </message>
    <message>
        <source>Document type (cpf/cnpj):</source>
        <translation>Document type (cpf/cnpj):</translation>
    </message>
    <message>
        <source>Holder&apos;s CPF/CNPJ:</source>
        <translation>Holder&apos;s CPF/CNPJ:</translation>
    </message>
    <message>
        <source>Account holder:</source>
        <translation>Account holder:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Close order</source>
        <translation>Close order</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>%1 is not possible for e-vendi orders</source>
        <translation>%1 is not possible for e-vendi orders</translation>
    </message>
</context>
<context>
    <name>despacho::gui::FieldIssuesView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Correct the fields marked in red; nothing was recorded.</source>
        <translation>Correct the fields marked in red; nothing was recorded.</translation>
    </message>
    <message>
        <source>Check the warnings and press OK again to go ahead anyway.</source>
        <translation>Check the warnings and press OK again to go ahead anyway.</translation>
    </message>
</context>
<context>
    <name>despacho::gui::Formatting</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Channel %1</translation>
    </message>
    <message>
        <source>Channel %1 · %2</source>
        <translation>Channel %1 · %2</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Debit card</translation>
    </message>
    <message>
        <source>Boleto</source>
        <translation>Boleto</translation>
    </message>
    <message>
        <source>Pix</source>
        <translation>Pix</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Gift card</translation>
    </message>
    <message>
        <source>Promissory note</source>
        <translation>Promissory note</translation>
    </message>
    <message>
        <source>The local database could not be read or written, so what is shown may be incomplete: %1</source>
        <translation>The local database could not be read or written, so what is shown may be incomplete: %1</translation>
    </message>
</context>
<context>
    <name>despacho::gui::ImportRowsModel</name>
    <message>
        <source>From the carrier&apos;s URL template</source>
        <translation>From the carrier&apos;s URL template</translation>
    </message>
    <message>
        <source>Double-click to fix this cell in the file&apos;s data</source>
        <translation>Double-click to fix this cell in the file&apos;s data</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
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
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>despacho::gui::ImportWizard</name>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (ANSI)</source>
        <translation>Windows-1252 (ANSI)</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Send…</translation>
    </message>
    <message>
        <source>tracking-template.csv</source>
        <translation>tracking-template.csv</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>tracking-template.xlsx</source>
        <translation>tracking-template.xlsx</translation>
    </message>
    <message>
        <source>Tick at least one account.</source>
        <translation>Tick at least one account.</translation>
    </message>
    <message>
        <source>awaiting-tracking.xlsx</source>
        <translation>awaiting-tracking.xlsx</translation>
    </message>
    <message>
        <source>-failed.xlsx</source>
        <translation>-failed.xlsx</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Open a spreadsheet</source>
        <translation>Open a spreadsheet</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with the newest %n invoice(s) awaiting tracking (more are waiting).</source>
        <translation>
            <numerusform>Saved %1 with the newest %n invoice awaiting tracking (more are waiting).</numerusform>
            <numerusform>Saved %1 with the newest %n invoices awaiting tracking (more are waiting).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with %n invoice(s) awaiting tracking.</source>
        <translation>
            <numerusform>Saved %1 with %n invoice awaiting tracking.</numerusform>
            <numerusform>Saved %1 with %n invoices awaiting tracking.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file.</source>
        <translation>Choose a CSV or XLSX file.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose the column of: %1</source>
        <translation>Choose the column of: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <source>CSV read as %1, fields separated by %2; %n row(s).</source>
        <translation>
            <numerusform>CSV read as %1, fields separated by %2; %n row.</numerusform>
            <numerusform>CSV read as %1, fields separated by %2; %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detected (%1)</source>
        <translation>Detected (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;: %n row(s).</source>
        <translation>
            <numerusform>Sheet &quot;%1&quot;: %n row.</numerusform>
            <numerusform>Sheet &quot;%1&quot;: %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>From row %1 on, letters were already lost (�) before the file got here, or the encoding is wrong: try the other encoding, or export the file again.</source>
        <translation>From row %1 on, letters were already lost (�) before the file got here, or the encoding is wrong: try the other encoding, or export the file again.</translation>
    </message>
    <message>
        <source>No row names the order or the tracking number (Pedido, Rastreio, Order, Tracking…): every row is read as data; choose each column&apos;s field.</source>
        <translation>No row names the order or the tracking number (Pedido, Rastreio, Order, Tracking…): every row is read as data; choose each column&apos;s field.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 with problems, %4 already applied, %5 duplicates in the file</source>
        <translation>%1 rows: %2 ready, %3 with problems, %4 already applied, %5 duplicates in the file</translation>
    </message>
    <message>
        <source>No row is ready to send.</source>
        <translation>No row is ready to send.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n tracking code(s)</source>
        <translation>
            <numerusform>Send %n tracking code</numerusform>
            <numerusform>Send %n tracking codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n order(s)?</source>
        <translation>
            <numerusform>to %n order?</numerusform>
            <numerusform>to %n orders?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will not be sent.</source>
        <translation>
            <numerusform>%n row with problems will not be sent.</numerusform>
            <numerusform>%n rows with problems will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>e-vendi PROD: this is real money (%1).</source>
        <translation>e-vendi PROD: this is real money (%1).</translation>
    </message>
    <message>
        <source>Send tracking codes</source>
        <translation>Send tracking codes</translation>
    </message>
    <message numerus="yes">
        <source>Send %n</source>
        <translation>
            <numerusform>Send %n</numerusform>
            <numerusform>Send %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v of %m rows</translation>
    </message>
    <message>
        <source>Cannot queue the rows: %1</source>
        <translation>Cannot queue the rows: %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 waiting</source>
        <translation>%1 sent, %2 failed, %3 waiting</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Stop sending</translation>
    </message>
    <message numerus="yes">
        <source>Rows already queued are still sent; the %n row(s) not queued yet will not be. Stop?</source>
        <translation>
            <numerusform>Rows already queued are still sent; the %n row not queued yet will not be. Stop?</numerusform>
            <numerusform>Rows already queued are still sent; the %n rows not queued yet will not be. Stop?</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>despacho::gui::InvoiceDialog</name>
    <message>
        <source>enter the invoice value, e.g. 1.234,56</source>
        <translation>enter the invoice value, e.g. 1.234,56</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in reais; write it as 1.234,56</source>
        <translation>&quot;%1&quot; is not an amount in reais; write it as 1.234,56</translation>
    </message>
    <message>
        <source>set the quantity of at least one item</source>
        <translation>set the quantity of at least one item</translation>
    </message>
    <message>
        <source>Invoice order %1</source>
        <translation>Invoice order %1</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3 · total %4</source>
        <translation>Order %1 · %2 · %3 · total %4</translation>
    </message>
    <message>
        <source>Optional: choose or type a courier</source>
        <translation>Optional: choose or type a courier</translation>
    </message>
    <message>
        <source>no items chosen</source>
        <translation>no items chosen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Letters and digits only: VTEX puts the number in the addresses of later calls on this invoice, where spaces, # and / break them.</source>
        <translation>Letters and digits only: VTEX puts the number in the addresses of later calls on this invoice, where spaces, # and / break them.</translation>
    </message>
    <message>
        <source>From the NF-e key: number %1, series %2, issuer CNPJ %3, issued %4/%5</source>
        <translation>From the NF-e key: number %1, series %2, issuer CNPJ %3, issued %4/%5</translation>
    </message>
    <message>
        <source>the key is of invoice number %1, not %2</source>
        <translation>the key is of invoice number %1, not %2</translation>
    </message>
</context>
<context>
    <name>despacho::gui::LoginDialog</name>
    <message>
        <source>Demo: ana / 1111 (operator), chefe / 9999 (supervisor)</source>
        <translation>Demo: ana / 1111 (operator), chefe / 9999 (supervisor)</translation>
    </message>
    <message>
        <source>Choose or type your operator name.</source>
        <translation>Choose or type your operator name.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <source>Choose a name for the supervisor: %1.</source>
        <translation>Choose a name for the supervisor: %1.</translation>
    </message>
    <message>
        <source>The two PINs do not match; type the same PIN twice.</source>
        <translation>The two PINs do not match; type the same PIN twice.</translation>
    </message>
    <message>
        <source>Create the first supervisor</source>
        <translation>Create the first supervisor</translation>
    </message>
    <message>
        <source>Despacho has no operators yet. Create the first supervisor: they can add the other operators and authorise cancellations.</source>
        <translation>Despacho has no operators yet. Create the first supervisor: they can add the other operators and authorise cancellations.</translation>
    </message>
    <message>
        <source>e.g. maria</source>
        <translation>e.g. maria</translation>
    </message>
    <message>
        <source>&amp;Create supervisor</source>
        <translation>&amp;Create supervisor</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Who is working at this station?</source>
        <translation>Who is working at this station?</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 to 12 digits</translation>
    </message>
    <message>
        <source>Quit Despacho?</source>
        <translation>Quit Despacho?</translation>
    </message>
    <message>
        <source>Nobody is logged in. Quit Despacho, or go back and log in?</source>
        <translation>Nobody is logged in. Quit Despacho, or go back and log in?</translation>
    </message>
    <message>
        <source>&amp;Quit Despacho</source>
        <translation>&amp;Quit Despacho</translation>
    </message>
    <message>
        <source>&amp;Back to login</source>
        <translation>&amp;Back to login</translation>
    </message>
</context>
<context>
    <name>despacho::gui::MainWindow</name>
    <message>
        <source>About Despacho</source>
        <translation>About Despacho</translation>
    </message>
    <message>
        <source>Despacho — demo</source>
        <translation>Despacho — demo</translation>
    </message>
    <message>
        <source>Despacho</source>
        <translation>Despacho</translation>
    </message>
    <message>
        <source>Managing accounts and their credentials needs a supervisor.</source>
        <translation>Managing accounts and their credentials needs a supervisor.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>%1 for order %2: %3 — %4</source>
        <translation>%1 for order %2: %3 — %4</translation>
    </message>
    <message>
        <source>Managing operators needs a supervisor.</source>
        <translation>Managing operators needs a supervisor.</translation>
    </message>
    <message>
        <source>Audit log — Despacho</source>
        <translation>Audit log — Despacho</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Nobody logged in</translation>
    </message>
    <message>
        <source>Operator: %1 (supervisor)</source>
        <translation>Operator: %1 (supervisor)</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <source>Switch operator: %1</source>
        <translation>Switch operator: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retrying</source>
        <translation>
            <numerusform>%n retrying</numerusform>
            <numerusform>%n retrying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Outbox empty</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Outbox: %1</translation>
    </message>
    <message>
        <source>sent by another Despacho</source>
        <translation>sent by another Despacho</translation>
    </message>
    <message>
        <source>Scanned NF-e key %1: its check digit is wrong (misread?); scan it again.</source>
        <translation>Scanned NF-e key %1: its check digit is wrong (misread?); scan it again.</translation>
    </message>
    <message>
        <source>Scanned NF-e key of invoice %1: open the order first (scan its order barcode), then the DANFE.</source>
        <translation>Scanned NF-e key of invoice %1: open the order first (scan its order barcode), then the DANFE.</translation>
    </message>
    <message>
        <source>Scanned NF-e key of invoice %1, but order %2 cannot be invoiced now: %3</source>
        <translation>Scanned NF-e key of invoice %1, but order %2 cannot be invoiced now: %3</translation>
    </message>
    <message>
        <source>Scanned tracking code %1: no order has it, and no order is open to add it to. Scan the order barcode first.</source>
        <translation>Scanned tracking code %1: no order has it, and no order is open to add it to. Scan the order barcode first.</translation>
    </message>
    <message>
        <source>Scanned tracking code %1, but it cannot go on order %2 now: %3</source>
        <translation>Scanned tracking code %1, but it cannot go on order %2 now: %3</translation>
    </message>
    <message>
        <source>Scanned &quot;%1&quot;: not an order, an NF-e key or a tracking code; nothing was done.</source>
        <translation>Scanned &quot;%1&quot;: not an order, an NF-e key or a tracking code; nothing was done.</translation>
    </message>
    <message numerus="yes">
        <source>No packing slip for %n order(s) whose details are not downloaded yet (sync with F5): %1</source>
        <translation>
            <numerusform>No packing slip for %n order whose details are not downloaded yet (sync with F5): %1</numerusform>
            <numerusform>No packing slip for %n orders whose details are not downloaded yet (sync with F5): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No store account is configured yet. Add one in File &gt; Accounts.</source>
        <translation>No store account is configured yet. Add one in File &gt; Accounts.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Despacho %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Back office for online store warehouses: order queues, search and barcode scan, order details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Despacho %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Back office for online store warehouses: order queues, search and barcode scan, order details.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Outbox cannot be read</source>
        <translation>Outbox cannot be read</translation>
    </message>
    <message>
        <source>Log in first: the rows are sent in the name of whoever is logged in.</source>
        <translation>Log in first: the rows are sent in the name of whoever is logged in.</translation>
    </message>
    <message>
        <source>Sending a watched folder&apos;s files without asking needs a supervisor.</source>
        <translation>Sending a watched folder&apos;s files without asking needs a supervisor.</translation>
    </message>
    <message>
        <source>Watched folder: %1 is ready to check and send</source>
        <translation>Watched folder: %1 is ready to check and send</translation>
    </message>
    <message>
        <source>Watched folder: %1 sent; filed in %2</source>
        <translation>Watched folder: %1 sent; filed in %2</translation>
    </message>
    <message numerus="yes">
        <source>Watched folder: %1 filed in %2 with %n row(s) not sent</source>
        <translation>
            <numerusform>Watched folder: %1 filed in %2 with %n row not sent</numerusform>
            <numerusform>Watched folder: %1 filed in %2 with %n rows not sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Watched folder: %1</source>
        <translation>Watched folder: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) waiting</source>
        <translation>
            <numerusform>%n batch waiting</numerusform>
            <numerusform>%n batches waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1 in the import wizard</source>
        <translation>Open %1 in the import wizard</translation>
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
    <name>despacho::gui::OperatorsDialog</name>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (deactivated)</translation>
    </message>
    <message>
        <source>Enter a valid name: %1.</source>
        <translation>Enter a valid name: %1.</translation>
    </message>
    <message>
        <source>Enter the new operator&apos;s PIN: %1.</source>
        <translation>Enter the new operator&apos;s PIN: %1.</translation>
    </message>
    <message>
        <source>The two PINs for %1 do not match; type the same PIN twice.</source>
        <translation>The two PINs for %1 do not match; type the same PIN twice.</translation>
    </message>
    <message>
        <source>%1, enter your own PIN to authorise adding %2.</source>
        <translation>%1, enter your own PIN to authorise adding %2.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>PIN of %1 (supervisor):</source>
        <translation>PIN of %1 (supervisor):</translation>
    </message>
    <message>
        <source>Your own PIN, to authorise this addition</source>
        <translation>Your own PIN, to authorise this addition</translation>
    </message>
</context>
<context>
    <name>despacho::gui::OrderActionController</name>
    <message>
        <source>Log in (File &gt; Switch operator) to act on orders.</source>
        <translation>Log in (File &gt; Switch operator) to act on orders.</translation>
    </message>
    <message>
        <source>Select an order whose details have been downloaded.</source>
        <translation>Select an order whose details have been downloaded.</translation>
    </message>
    <message>
        <source>Order %1 has a command waiting to be sent (see its Commands tab); wait until it is sent or has failed.</source>
        <translation>Order %1 has a command waiting to be sent (see its Commands tab); wait until it is sent or has failed.</translation>
    </message>
    <message>
        <source>Send an invoice (NF-e) for all or part of the order&apos;s items</source>
        <translation>Send an invoice (NF-e) for all or part of the order&apos;s items</translation>
    </message>
    <message>
        <source>Add the courier and tracking number to one of the order&apos;s invoices</source>
        <translation>Add the courier and tracking number to one of the order&apos;s invoices</translation>
    </message>
    <message>
        <source>Send the shipment&apos;s tracking events, or mark it delivered</source>
        <translation>Send the shipment&apos;s tracking events, or mark it delivered</translation>
    </message>
    <message>
        <source>Cancel the order (a supervisor&apos;s PIN is required)</source>
        <translation>Cancel the order (a supervisor&apos;s PIN is required)</translation>
    </message>
    <message>
        <source>Canceling order %1 needs a supervisor&apos;s PIN now. Reason: %2</source>
        <translation>Canceling order %1 needs a supervisor&apos;s PIN now. Reason: %2</translation>
    </message>
    <message>
        <source>%1 for order %2 was not queued: %3</source>
        <translation>%1 for order %2 was not queued: %3</translation>
    </message>
    <message>
        <source>%1 for order %2 queued as command %3; sending…</source>
        <translation>%1 for order %2 queued as command %3; sending…</translation>
    </message>
    <message>
        <source>Restored what was typed in this form on %1 (it had not been sent).</source>
        <translation>Restored what was typed in this form on %1 (it had not been sent).</translation>
    </message>
    <message>
        <source>%1 and %2 for order %3 queued as commands %4 and %5; sending…</source>
        <translation>%1 and %2 for order %3 queued as commands %4 and %5; sending…</translation>
    </message>
    <message>
        <source>The outbox of order %1 cannot be read, so nothing can be queued on it; see the log, and check the disk.</source>
        <translation>The outbox of order %1 cannot be read, so nothing can be queued on it; see the log, and check the disk.</translation>
    </message>
    <message>
        <source>Tell the store the warehouse started handling this order</source>
        <translation>Tell the store the warehouse started handling this order</translation>
    </message>
    <message>
        <source>%1 orders are worked with their own forms.</source>
        <translation>%1 orders are worked with their own forms.</translation>
    </message>
    <message>
        <source>Only e-vendi orders are closed or refunded here</source>
        <translation>Only e-vendi orders are closed or refunded here</translation>
    </message>
    <message>
        <source>e-vendi takes the fiscal note&apos;s address, not its key: use Invoice (Ctrl+I) to send it</source>
        <translation>e-vendi takes the fiscal note&apos;s address, not its key: use Invoice (Ctrl+I) to send it</translation>
    </message>
    <message>
        <source>%1 is not possible for e-vendi orders</source>
        <translation>%1 is not possible for e-vendi orders</translation>
    </message>
    <message>
        <source>Send the fiscal note&apos;s address (https) to e-vendi</source>
        <translation>Send the fiscal note&apos;s address (https) to e-vendi</translation>
    </message>
    <message>
        <source>Send the tracking code to e-vendi</source>
        <translation>Send the tracking code to e-vendi</translation>
    </message>
    <message>
        <source>Cancel the order in e-vendi: refused payments only (a supervisor&apos;s PIN is required)</source>
        <translation>Cancel the order in e-vendi: refused payments only (a supervisor&apos;s PIN is required)</translation>
    </message>
    <message>
        <source>Tell e-vendi the order is finished</source>
        <translation>Tell e-vendi the order is finished</translation>
    </message>
    <message>
        <source>Refund the order in e-vendi (a supervisor&apos;s PIN is required)</source>
        <translation>Refund the order in e-vendi (a supervisor&apos;s PIN is required)</translation>
    </message>
    <message>
        <source>Refunding e-vendi order %1 needs a supervisor&apos;s PIN now. Reason: %2</source>
        <translation>Refunding e-vendi order %1 needs a supervisor&apos;s PIN now. Reason: %2</translation>
    </message>
    <message>
        <source>Canceling e-vendi order %1 needs a supervisor&apos;s PIN now. Reason: %2</source>
        <translation>Canceling e-vendi order %1 needs a supervisor&apos;s PIN now. Reason: %2</translation>
    </message>
</context>
<context>
    <name>despacho::gui::OrderBanner</name>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Order %1 · #%2</source>
        <translation>Order %1 · #%2</translation>
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
    <message>
        <source>%1 (authorised by %2)</source>
        <translation>%1 (authorised by %2)</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commands</translation>
    </message>
    <message>
        <source>Commands (%1)</source>
        <translation>Commands (%1)</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Loading the picture…</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>tracking code %1 (%2)</source>
        <translation>tracking code %1 (%2)</translation>
    </message>
    <message>
        <source>fiscal note %1 (%2)</source>
        <translation>fiscal note %1 (%2)</translation>
    </message>
    <message>
        <source>closed (%1)</source>
        <translation>closed (%1)</translation>
    </message>
    <message>
        <source>canceled (%1)</source>
        <translation>canceled (%1)</translation>
    </message>
    <message>
        <source>refunded (%1)</source>
        <translation>refunded (%1)</translation>
    </message>
    <message>
        <source>Sent to e-vendi by Despacho: nothing yet</source>
        <translation>Sent to e-vendi by Despacho: nothing yet</translation>
    </message>
    <message>
        <source>Sent to e-vendi by Despacho: %1</source>
        <translation>Sent to e-vendi by Despacho: %1</translation>
    </message>
    <message>
        <source>%1 · payment %2</source>
        <translation>%1 · payment %2</translation>
    </message>
</context>
<context>
    <name>despacho::gui::OrderFilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ca&amp;rrier:</source>
        <translation>Ca&amp;rrier:</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>All carriers</translation>
    </message>
    <message>
        <source>Sales cha&amp;nnel:</source>
        <translation>Sales cha&amp;nnel:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Ship &amp;by:</source>
        <translation>Ship &amp;by:</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Any day</translation>
    </message>
    <message>
        <source>Today (late ones too)</source>
        <translation>Today (late ones too)</translation>
    </message>
    <message>
        <source>Up to tomorrow</source>
        <translation>Up to tomorrow</translation>
    </message>
    <message>
        <source>Up to the day…</source>
        <translation>Up to the day…</translation>
    </message>
    <message>
        <source>Late onl&amp;y</source>
        <translation>Late onl&amp;y</translation>
    </message>
    <message>
        <source>Orders whose ship-by time has passed and that are not invoiced or canceled yet</source>
        <translation>Orders whose ship-by time has passed and that are not invoiced or canceled yet</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Show every order of the queue again</source>
        <translation>Show every order of the queue again</translation>
    </message>
</context>
<context>
    <name>despacho::gui::OrderListPane</name>
    <message>
        <source>No order matches &quot;%1&quot;.</source>
        <translation>No order matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Search by order, sequence, client, CPF/CNPJ, e-mail, SKU, EAN or tracking number; scan a barcode (Ctrl+F)</source>
        <translation>Search by order, sequence, client, CPF/CNPJ, e-mail, SKU, EAN or tracking number; scan a barcode (Ctrl+F)</translation>
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
    <message>
        <source>Store pickup</source>
        <translation>Store pickup</translation>
    </message>
    <message>
        <source>Store pickup · %1</source>
        <translation>Store pickup · %1</translation>
    </message>
    <message>
        <source>Late: should have shipped %1 ago (ship by %2)</source>
        <translation>Late: should have shipped %1 ago (ship by %2)</translation>
    </message>
    <message>
        <source>Ship by %1</source>
        <translation>Ship by %1</translation>
    </message>
    <message>
        <source>The customer picks this order up in the store: nothing to hand to a carrier</source>
        <translation>The customer picks this order up in the store: nothing to hand to a carrier</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Ship by</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Sales channel</translation>
    </message>
    <message>
        <source>The store gave no shipping date for this order</source>
        <translation>The store gave no shipping date for this order</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>%1 PROD</source>
        <translation>%1 PROD</translation>
    </message>
</context>
<context>
    <name>despacho::gui::OutboxModel</name>
    <message>
        <source>%1 (authorised by %2)</source>
        <translation>%1 (authorised by %2)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>Last error / receipt</source>
        <translation>Last error / receipt</translation>
    </message>
</context>
<context>
    <name>despacho::gui::OutboxView</name>
    <message>
        <source>&amp;Pending (%1)</source>
        <translation>&amp;Pending (%1)</translation>
    </message>
    <message>
        <source>&amp;Failed (%1)</source>
        <translation>&amp;Failed (%1)</translation>
    </message>
    <message>
        <source>Re&amp;trying (%1)</source>
        <translation>Re&amp;trying (%1)</translation>
    </message>
    <message>
        <source>&amp;Sent today (%1)</source>
        <translation>&amp;Sent today (%1)</translation>
    </message>
    <message>
        <source>A&amp;ll (%1)</source>
        <translation>A&amp;ll (%1)</translation>
    </message>
    <message>
        <source>Log in to retry or discard commands.</source>
        <translation>Log in to retry or discard commands.</translation>
    </message>
    <message>
        <source>Select a failed or retrying command to send it again.</source>
        <translation>Select a failed or retrying command to send it again.</translation>
    </message>
    <message>
        <source>Select a pending, retrying or failed command to discard it.</source>
        <translation>Select a pending, retrying or failed command to discard it.</translation>
    </message>
    <message>
        <source>Only failed or retrying commands can be sent again; command %1 is %2.</source>
        <translation>Only failed or retrying commands can be sent again; command %1 is %2.</translation>
    </message>
    <message>
        <source>Only pending, retrying or failed commands can be discarded; command %1 is %2.</source>
        <translation>Only pending, retrying or failed commands can be discarded; command %1 is %2.</translation>
    </message>
    <message>
        <source>Send the selected commands again now (%1).</source>
        <translation>Send the selected commands again now (%1).</translation>
    </message>
    <message>
        <source>Shortcut: %1.</source>
        <translation>Shortcut: %1.</translation>
    </message>
    <message>
        <source>Drop the selected commands without sending them; a supervisor must authorise (%1).</source>
        <translation>Drop the selected commands without sending them; a supervisor must authorise (%1).</translation>
    </message>
    <message>
        <source>Command %1 (order %2): %3</source>
        <translation>Command %1 (order %2): %3</translation>
    </message>
    <message>
        <source>%1 for order %2</source>
        <translation>%1 for order %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) discarded, authorised by %1.</source>
        <translation>
            <numerusform>%n command discarded, authorised by %1.</numerusform>
            <numerusform>%n commands discarded, authorised by %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands waiting to be sent or being sent</source>
        <translation>Commands waiting to be sent or being sent</translation>
    </message>
    <message>
        <source>Commands that failed for a passing reason and will be sent again automatically</source>
        <translation>Commands that failed for a passing reason and will be sent again automatically</translation>
    </message>
    <message>
        <source>Every command, newest first</source>
        <translation>Every command, newest first</translation>
    </message>
    <message>
        <source>Discarding drops these commands without sending them to the store: %1. A supervisor must authorise it.</source>
        <translation>Discarding drops these commands without sending them to the store: %1. A supervisor must authorise it.</translation>
    </message>
    <message>
        <source>Commands refused by the store; retry or discard them</source>
        <translation>Commands refused by the store; retry or discard them</translation>
    </message>
    <message>
        <source>Commands the store accepted today</source>
        <translation>Commands the store accepted today</translation>
    </message>
</context>
<context>
    <name>despacho::gui::PackingSlip</name>
    <message>
        <source>CEP %1</source>
        <translation>CEP %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <source>PACKING SLIP</source>
        <translation>PACKING SLIP</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation>Sequence %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>SHIP TO</source>
        <translation>SHIP TO</translation>
    </message>
    <message>
        <source>CARRIER</source>
        <translation>CARRIER</translation>
    </message>
    <message>
        <source>Estimated delivery %1</source>
        <translation>Estimated delivery %1</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>QTY</translation>
    </message>
    <message>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>REFERENCE</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUCT</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
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
    <message>
        <source>Packed by: ____________________    Checked by: ____________________</source>
        <translation>Packed by: ____________________    Checked by: ____________________</translation>
    </message>
    <message>
        <source>No order to print.</source>
        <translation>No order to print.</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>The printer cannot be used.</translation>
    </message>
    <message>
        <source>The printer did not start a new page.</source>
        <translation>The printer did not start a new page.</translation>
    </message>
    <message>
        <source>Packing slip — order %1</source>
        <translation>Packing slip — order %1</translation>
    </message>
    <message numerus="yes">
        <source>Packing slips — %n order(s)</source>
        <translation>
            <numerusform>Packing slips — %n order</numerusform>
            <numerusform>Packing slips — %n orders</numerusform>
        </translation>
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
    <message>
        <source>Queues (filtered)</source>
        <translation>Queues (filtered)</translation>
    </message>
    <message>
        <source>The counts are of the orders the filters above the list show</source>
        <translation>The counts are of the orders the filters above the list show</translation>
    </message>
</context>
<context>
    <name>despacho::gui::StartHandlingDialog</name>
    <message>
        <source>Start handling order %1</source>
        <translation>Start handling order %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in %1 line(s)</source>
        <translation>
            <numerusform>%n unit in %1 line</numerusform>
            <numerusform>%n units in %1 lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>Start handling</translation>
    </message>
</context>
<context>
    <name>despacho::gui::SupervisorPrompt</name>
    <message>
        <source>Choose the supervisor who authorises this.</source>
        <translation>Choose the supervisor who authorises this.</translation>
    </message>
    <message>
        <source>The supervisor must enter their PIN.</source>
        <translation>The supervisor must enter their PIN.</translation>
    </message>
    <message>
        <source>This action needs a supervisor&apos;s authorisation.</source>
        <translation>This action needs a supervisor&apos;s authorisation.</translation>
    </message>
    <message>
        <source>&amp;Authorise</source>
        <translation>&amp;Authorise</translation>
    </message>
    <message>
        <source>Entered by the supervisor</source>
        <translation>Entered by the supervisor</translation>
    </message>
    <message>
        <source>There is no supervisor yet; a supervisor must be added before this action.</source>
        <translation>There is no supervisor yet; a supervisor must be added before this action.</translation>
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
    <name>despacho::gui::TrackingDialog</name>
    <message>
        <source>%1 · %2 · issued %3</source>
        <translation>%1 · %2 · issued %3</translation>
    </message>
    <message>
        <source>Tracking for order %1</source>
        <translation>Tracking for order %1</translation>
    </message>
    <message>
        <source>Order %1 · %2 · shipping to %3</source>
        <translation>Order %1 · %2 · shipping to %3</translation>
    </message>
    <message>
        <source>Choose or type the courier</source>
        <translation>Choose or type the courier</translation>
    </message>
</context>
<context>
    <name>despacho::gui::TrackingEventsDialog</name>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>invoice %1 has no tracking number yet; add the courier and tracking number first</source>
        <translation>invoice %1 has no tracking number yet; add the courier and tracking number first</translation>
    </message>
    <message>
        <source>Tracking events for order %1</source>
        <translation>Tracking events for order %1</translation>
    </message>
    <message>
        <source>Order %1 · %2 · shipping to %3</source>
        <translation>Order %1 · %2 · shipping to %3</translation>
    </message>
</context>
<context>
    <name>despacho::gui::TrackingUrlAutoFill</name>
    <message>
        <source>Typed by hand: kept when the number or the courier changes. Click to use the courier&apos;s tracking page instead.</source>
        <translation>Typed by hand: kept when the number or the courier changes. Click to use the courier&apos;s tracking page instead.</translation>
    </message>
    <message>
        <source>Filled from the courier&apos;s tracking page and the number.</source>
        <translation>Filled from the courier&apos;s tracking page and the number.</translation>
    </message>
</context>
<context>
    <name>despacho::gui::TransactionPanel</name>
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
        <source>Ask the store&apos;s payments gateway for this transaction&apos;s current state</source>
        <translation>Ask the store&apos;s payments gateway for this transaction&apos;s current state</translation>
    </message>
</context>
<context>
    <name>despacho::gui::WatchFolderDialog</name>
    <message>
        <source>Watched folder</source>
        <translation>Watched folder</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>despacho::importer::ColumnMapping</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
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
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>--map %1: write COLUMN=FIELD (for example &quot;Objeto=tracking_number&quot; or &quot;C=order&quot;)</source>
        <translation>--map %1: write COLUMN=FIELD (for example &quot;Objeto=tracking_number&quot; or &quot;C=order&quot;)</translation>
    </message>
    <message>
        <source>--map %1: unknown field &quot;%2&quot; (fields: order, invoice, courier, tracking_number, tracking_url, dispatched, account, none)</source>
        <translation>--map %1: unknown field &quot;%2&quot; (fields: order, invoice, courier, tracking_number, tracking_url, dispatched, account, none)</translation>
    </message>
    <message>
        <source>--map %1: the file has no column &quot;%2&quot; (give its header or its letter)</source>
        <translation>--map %1: the file has no column &quot;%2&quot; (give its header or its letter)</translation>
    </message>
</context>
<context>
    <name>despacho::importer::CsvReader</name>
    <message>
        <source>the file has %1 MB; the limit is %2 MB</source>
        <translation>the file has %1 MB; the limit is %2 MB</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (use utf-8 or windows-1252)</source>
        <translation>unknown encoding &quot;%1&quot; (use utf-8 or windows-1252)</translation>
    </message>
    <message>
        <source>this is not a text file; save the spreadsheet as CSV or XLSX</source>
        <translation>this is not a text file; save the spreadsheet as CSV or XLSX</translation>
    </message>
    <message>
        <source>the file has more than %L1 rows; split it</source>
        <translation>the file has more than %L1 rows; split it</translation>
    </message>
    <message>
        <source>the file has no data</source>
        <translation>the file has no data</translation>
    </message>
</context>
<context>
    <name>despacho::importer::FolderWatcher</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>cannot create %1 in %2</source>
        <translation>cannot create %1 in %2</translation>
    </message>
    <message>
        <source>no header row names the order and the tracking number (Pedido, Rastreio, Order, Tracking…)</source>
        <translation>no header row names the order and the tracking number (Pedido, Rastreio, Order, Tracking…)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no batch for %1</source>
        <translation>no batch for %1</translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>cannot write the report %1: %2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>cannot move %1 to %2</translation>
    </message>
</context>
<context>
    <name>despacho::importer::ImportRows</name>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>OK (dry run)</source>
        <translation>OK (dry run)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>Duplicate in file</translation>
    </message>
    <message>
        <source>Already applied</source>
        <translation>Already applied</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>the date was the number %1 (how Excel stores dates); read as %2</source>
        <translation>the date was the number %1 (how Excel stores dates); read as %2</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;: the spreadsheet turned it into a number and lost its digits; format the column as text and type it again</source>
        <translation>%1 is &quot;%2&quot;: the spreadsheet turned it into a number and lost its digits; format the column as text and type it again</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (write dd/mm/yyyy or dd/mm/yyyy hh:mm)</source>
        <translation>%1: &quot;%2&quot; is not a date (write dd/mm/yyyy or dd/mm/yyyy hh:mm)</translation>
    </message>
    <message>
        <source>the row has characters that were lost before the file got here (� where accents were): fix the file&apos;s encoding</source>
        <translation>the row has characters that were lost before the file got here (� where accents were): fix the file&apos;s encoding</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>despacho::importer::Spreadsheet</name>
    <message>
        <source>the file has %1 MB; files up to %2 MB can be imported</source>
        <translation>the file has %1 MB; files up to %2 MB can be imported</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>this is an old binary Excel file (.xls); save it as .xlsx or .csv and import that</source>
        <translation>this is an old binary Excel file (.xls); save it as .xlsx or .csv and import that</translation>
    </message>
    <message>
        <source>the workbook has no sheet with data</source>
        <translation>the workbook has no sheet with data</translation>
    </message>
</context>
<context>
    <name>despacho::importer::TrackingImport</name>
    <message>
        <source>order %1 was not found in %2</source>
        <translation>order %1 was not found in %2</translation>
    </message>
    <message>
        <source>Rows checked</source>
        <translation>Rows checked</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n order(s) not in the cache…</source>
        <translation>
            <numerusform>Fetching %n order not in the cache…</numerusform>
            <numerusform>Fetching %n orders not in the cache…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching orders not in the cache…</source>
        <translation>Fetching orders not in the cache…</translation>
    </message>
    <message>
        <source>not sent: the batch was stopped</source>
        <translation>not sent: the batch was stopped</translation>
    </message>
    <message>
        <source>order %1 has a command waiting to be sent; import this row again once it is done</source>
        <translation>order %1 has a command waiting to be sent; import this row again once it is done</translation>
    </message>
    <message>
        <source>Queuing…</source>
        <translation>Queuing…</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>retrying: %1</source>
        <translation>retrying: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>despacho::importer::TrackingValidator</name>
    <message>
        <source>order %1 is not in the cache; sync it first</source>
        <translation>order %1 is not in the cache; sync it first</translation>
    </message>
    <message>
        <source>order %1 exists in several accounts (%2): add an account column or choose the account</source>
        <translation>order %1 exists in several accounts (%2): add an account column or choose the account</translation>
    </message>
    <message>
        <source>order %1 is only partly in the cache; sync it first</source>
        <translation>order %1 is only partly in the cache; sync it first</translation>
    </message>
    <message>
        <source>no courier given: Correios, from the code&apos;s shape</source>
        <translation>no courier given: Correios, from the code&apos;s shape</translation>
    </message>
    <message>
        <source>the courier is missing</source>
        <translation>the courier is missing</translation>
    </message>
    <message>
        <source>courier &quot;%1&quot; read as %2</source>
        <translation>courier &quot;%1&quot; read as %2</translation>
    </message>
    <message>
        <source>courier &quot;%1&quot; is not in the carrier list (File &gt; Carriers)</source>
        <translation>courier &quot;%1&quot; is not in the carrier list (File &gt; Carriers)</translation>
    </message>
    <message>
        <source>order %1 has %2 invoices (%3): add an invoice column</source>
        <translation>order %1 has %2 invoices (%3): add an invoice column</translation>
    </message>
    <message>
        <source>invoice %1 is %2 on the order: the spreadsheet dropped its leading zeros</source>
        <translation>invoice %1 is %2 on the order: the spreadsheet dropped its leading zeros</translation>
    </message>
    <message>
        <source>order %1 has no invoice %2</source>
        <translation>order %1 has no invoice %2</translation>
    </message>
    <message>
        <source>invoice %1 already has tracking number %2</source>
        <translation>invoice %1 already has tracking number %2</translation>
    </message>
    <message>
        <source>replaces tracking number %1</source>
        <translation>replaces tracking number %1</translation>
    </message>
    <message>
        <source>order %1 already has tracking code %2</source>
        <translation>order %1 already has tracking code %2</translation>
    </message>
    <message>
        <source>already sent (command %1)</source>
        <translation>already sent (command %1)</translation>
    </message>
    <message>
        <source>already queued (command %1)</source>
        <translation>already queued (command %1)</translation>
    </message>
    <message>
        <source>the order is missing</source>
        <translation>the order is missing</translation>
    </message>
    <message>
        <source>the tracking number is missing</source>
        <translation>the tracking number is missing</translation>
    </message>
    <message>
        <source>same as row %1</source>
        <translation>same as row %1</translation>
    </message>
    <message>
        <source>row %1 already gives order %2 the tracking code %3</source>
        <translation>row %1 already gives order %2 the tracking code %3</translation>
    </message>
    <message>
        <source>row %1 already gives invoice %2 of order %3 the tracking number %4</source>
        <translation>row %1 already gives invoice %2 of order %3 the tracking number %4</translation>
    </message>
</context>
<context>
    <name>despacho::importer::XlsxReader</name>
    <message>
        <source>the part %1 unpacks to more than %2 MB or more than %3 times its packed size; the file is refused as a zip bomb</source>
        <translation>the part %1 unpacks to more than %2 MB or more than %3 times its packed size; the file is refused as a zip bomb</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook, or it is damaged (not a valid zip package)</source>
        <translation>the file is not an Excel workbook, or it is damaged (not a valid zip package)</translation>
    </message>
    <message>
        <source>the file is damaged (its zip directory cannot be read)</source>
        <translation>the file is damaged (its zip directory cannot be read)</translation>
    </message>
    <message>
        <source>the workbook is incomplete: the part %1 is missing</source>
        <translation>the workbook is incomplete: the part %1 is missing</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked (damaged or encrypted)</source>
        <translation>the part %1 cannot be unpacked (damaged or encrypted)</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>the part %1 is damaged</translation>
    </message>
    <message>
        <source>the part %1 is damaged (checksum mismatch)</source>
        <translation>the part %1 is damaged (checksum mismatch)</translation>
    </message>
    <message>
        <source>document type declarations are not allowed</source>
        <translation>document type declarations are not allowed</translation>
    </message>
    <message>
        <source>the part %1 is not valid XML (line %2: %3)</source>
        <translation>the part %1 is not valid XML (line %2: %3)</translation>
    </message>
    <message>
        <source>the workbook is protected with a password; open it in Excel, remove the password and save it again</source>
        <translation>the workbook is protected with a password; open it in Excel, remove the password and save it again</translation>
    </message>
    <message>
        <source>this is an old Excel 97–2003 (.xls) file; open it in Excel or LibreOffice and save it as .xlsx or .csv</source>
        <translation>this is an old Excel 97–2003 (.xls) file; open it in Excel or LibreOffice and save it as .xlsx or .csv</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (its package has no _rels/.rels)</source>
        <translation>the file is not an Excel workbook (its package has no _rels/.rels)</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (its package names no workbook)</source>
        <translation>the file is not an Excel workbook (its package names no workbook)</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>the file cannot be opened: %1</translation>
    </message>
    <message>
        <source>the file has %1 MB; the limit is %2 MB</source>
        <translation>the file has %1 MB; the limit is %2 MB</translation>
    </message>
    <message>
        <source>no workbook is open</source>
        <translation>no workbook is open</translation>
    </message>
    <message>
        <source>the workbook has no sheet with data</source>
        <translation>the workbook has no sheet with data</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot;</source>
        <translation>the workbook has no sheet named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the sheet %1 is empty</source>
        <translation>the sheet %1 is empty</translation>
    </message>
    <message>
        <source>the sheet %1 has more than %2 rows</source>
        <translation>the sheet %1 has more than %2 rows</translation>
    </message>
    <message>
        <source>the sheet %1 is too large to read (cells far apart in row %2)</source>
        <translation>the sheet %1 is too large to read (cells far apart in row %2)</translation>
    </message>
    <message>
        <source>%1 rows do not fit in an Excel sheet (the limit is %2)</source>
        <translation>%1 rows do not fit in an Excel sheet (the limit is %2)</translation>
    </message>
    <message>
        <source>%1 columns do not fit in an Excel sheet (the limit is %2)</source>
        <translation>%1 columns do not fit in an Excel sheet (the limit is %2)</translation>
    </message>
    <message>
        <source>the spreadsheet cannot be created (zip error %1)</source>
        <translation>the spreadsheet cannot be created (zip error %1)</translation>
    </message>
    <message>
        <source>the spreadsheet cannot be created (zip error %1 in %2)</source>
        <translation>the spreadsheet cannot be created (zip error %1 in %2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
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
    <message>
        <source>There is no operator named %1.</source>
        <translation>There is no operator named %1.</translation>
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
    <name>despacho::storage::Outbox</name>
    <message>
        <source>command %1 is not in a state that allows this</source>
        <translation>command %1 is not in a state that allows this</translation>
    </message>
    <message>
        <source>order %1 already has a command waiting to be sent; wait until it is sent or has failed</source>
        <translation>order %1 already has a command waiting to be sent; wait until it is sent or has failed</translation>
    </message>
</context>
<context>
    <name>despacho::sync::ActionQueue</name>
    <message>
        <source>there is no command %1 in the outbox</source>
        <translation>there is no command %1 in the outbox</translation>
    </message>
    <message>
        <source>order %1 has another command waiting to be sent; retry this one once that one is sent or has failed</source>
        <translation>order %1 has another command waiting to be sent; retry this one once that one is sent or has failed</translation>
    </message>
    <message>
        <source>discarding a command needs a supervisor</source>
        <translation>discarding a command needs a supervisor</translation>
    </message>
    <message>
        <source>command %1 cannot be read from the outbox: %2</source>
        <translation>command %1 cannot be read from the outbox: %2</translation>
    </message>
    <message>
        <source>the outbox of order %1 cannot be read: %2</source>
        <translation>the outbox of order %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>account %1 cannot be read: %2</source>
        <translation>account %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>account %1 is of kind &quot;%2&quot;, which this version cannot send to</source>
        <translation>account %1 is of kind &quot;%2&quot;, which this version cannot send to</translation>
    </message>
    <message>
        <source>%1 is not possible for %2 orders (account %3)</source>
        <translation>%1 is not possible for %2 orders (account %3)</translation>
    </message>
</context>
<context>
    <name>despacho::sync::AppServices</name>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>There is no account named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Account %1: %2</translation>
    </message>
    <message>
        <source>Cannot save account %1: %2</source>
        <translation>Cannot save account %1: %2</translation>
    </message>
    <message>
        <source>The payments gateway is not configured.</source>
        <translation>The payments gateway is not configured.</translation>
    </message>
    <message>
        <source>Could not load the transaction: %1</source>
        <translation>Could not load the transaction: %1</translation>
    </message>
    <message>
        <source>Account %1 could not be read from the database: %2</source>
        <translation>Account %1 could not be read from the database: %2</translation>
    </message>
    <message>
        <source>Cannot remove account %1: %2</source>
        <translation>Cannot remove account %1: %2</translation>
    </message>
    <message>
        <source>Account %1 is of kind &quot;%2&quot;, which this version cannot work with.</source>
        <translation>Account %1 is of kind &quot;%2&quot;, which this version cannot work with.</translation>
    </message>
    <message>
        <source>Account %1 is not a VTEX account.</source>
        <translation>Account %1 is not a VTEX account.</translation>
    </message>
    <message>
        <source>Account %1 is not an e-vendi account.</source>
        <translation>Account %1 is not an e-vendi account.</translation>
    </message>
</context>
<context>
    <name>despacho::sync::EvendiChannelAdapter</name>
    <message>
        <source>already closed</source>
        <translation>already closed</translation>
    </message>
    <message>
        <source>already canceled</source>
        <translation>already canceled</translation>
    </message>
    <message>
        <source>already refunded</source>
        <translation>already refunded</translation>
    </message>
    <message>
        <source>order %1 is now %2 (%3)</source>
        <translation>order %1 is now %2 (%3)</translation>
    </message>
    <message>
        <source>%1: only an open order can be closed</source>
        <translation>%1: only an open order can be closed</translation>
    </message>
    <message>
        <source>%1: e-vendi cancels only orders whose payment was refused</source>
        <translation>%1: e-vendi cancels only orders whose payment was refused</translation>
    </message>
    <message>
        <source>%1: only an open or closed order can be refunded</source>
        <translation>%1: only an open or closed order can be refunded</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>order %1: %2</translation>
    </message>
    <message>
        <source>the fiscal note URL must be an https:// address; nothing was sent</source>
        <translation>the fiscal note URL must be an https:// address; nothing was sent</translation>
    </message>
    <message>
        <source>the bank account of this refund is no longer kept; queue the refund again</source>
        <translation>the bank account of this refund is no longer kept; queue the refund again</translation>
    </message>
    <message>
        <source>%1 is not possible for e-vendi orders</source>
        <translation>%1 is not possible for e-vendi orders</translation>
    </message>
</context>
<context>
    <name>despacho::sync::EvendiSynchronizer</name>
    <message>
        <source>account %1: searching orders (page %2) failed: %3</source>
        <translation>account %1: searching orders (page %2) failed: %3</translation>
    </message>
    <message>
        <source>account %1: a search row without an order id was skipped</source>
        <translation>account %1: a search row without an order id was skipped</translation>
    </message>
    <message>
        <source>account %1, order %2: %3</source>
        <translation>account %1, order %2: %3</translation>
    </message>
    <message>
        <source>account %1, order %2: e-vendi answered with order %3</source>
        <translation>account %1, order %2: e-vendi answered with order %3</translation>
    </message>
    <message>
        <source>account %1, order %2: unknown status &quot;%3&quot;, kept as received</source>
        <translation>account %1, order %2: unknown status &quot;%3&quot;, kept as received</translation>
    </message>
    <message>
        <source>account %1, order %2: cannot store: %3</source>
        <translation>account %1, order %2: cannot store: %3</translation>
    </message>
</context>
<context>
    <name>despacho::sync::OperatorService</name>
    <message>
        <source>a PIN is 4 to 12 digits (0-9), nothing else</source>
        <translation>a PIN is 4 to 12 digits (0-9), nothing else</translation>
    </message>
    <message>
        <source>a name is 1 to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>a name is 1 to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>Operator %1 is locked until %2 after too many wrong PINs.</source>
        <translation>Operator %1 is locked until %2 after too many wrong PINs.</translation>
    </message>
    <message>
        <source>There is no operator named %1.</source>
        <translation>There is no operator named %1.</translation>
    </message>
    <message>
        <source>Operator %1 is deactivated.</source>
        <translation>Operator %1 is deactivated.</translation>
    </message>
    <message>
        <source>%1 is not a supervisor; a supervisor must enter their own name and PIN.</source>
        <translation>%1 is not a supervisor; a supervisor must enter their own name and PIN.</translation>
    </message>
    <message>
        <source>Could not record the wrong PIN for %1: %2</source>
        <translation>Could not record the wrong PIN for %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN for %1. Attempts left before the operator is locked: %n.</source>
        <translation>
            <numerusform>Wrong PIN for %1. Attempts left before the operator is locked: %n.</numerusform>
            <numerusform>Wrong PIN for %1. Attempts left before the operator is locked: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not lock operator %1: %2</source>
        <translation>Could not lock operator %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN for %1, %n times in a row.</source>
        <translation>
            <numerusform>Wrong PIN for %1, %n time in a row.</numerusform>
            <numerusform>Wrong PIN for %1, %n times in a row.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator name &quot;%1&quot; is not valid: %2.</source>
        <translation>Operator name &quot;%1&quot; is not valid: %2.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; for %2 is not valid: use operator or supervisor.</source>
        <translation>Role &quot;%1&quot; for %2 is not valid: use operator or supervisor.</translation>
    </message>
    <message>
        <source>The new PIN for %1 is not valid: %2.</source>
        <translation>The new PIN for %1 is not valid: %2.</translation>
    </message>
    <message>
        <source>Could not read the operators from the database %1.</source>
        <translation>Could not read the operators from the database %1.</translation>
    </message>
    <message>
        <source>There are no operators yet: the first one must be a supervisor, so add %1 with the supervisor role or add a supervisor first.</source>
        <translation>There are no operators yet: the first one must be a supervisor, so add %1 with the supervisor role or add a supervisor first.</translation>
    </message>
    <message>
        <source>Adding operator %1 needs a supervisor&apos;s name and PIN.</source>
        <translation>Adding operator %1 needs a supervisor&apos;s name and PIN.</translation>
    </message>
    <message>
        <source>There is already an operator named %1.</source>
        <translation>There is already an operator named %1.</translation>
    </message>
    <message>
        <source>Could not add operator %1: %2</source>
        <translation>Could not add operator %1: %2</translation>
    </message>
    <message>
        <source>Supervisor %1 added.</source>
        <translation>Supervisor %1 added.</translation>
    </message>
    <message>
        <source>Operator %1 added.</source>
        <translation>Operator %1 added.</translation>
    </message>
    <message>
        <source>Could not read the operators from the database %1: %2</source>
        <translation>Could not read the operators from the database %1: %2</translation>
    </message>
    <message>
        <source>Could not read operator %1 from the database: %2</source>
        <translation>Could not read operator %1 from the database: %2</translation>
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
        <source>account %1, order %2: unknown status &quot;%3&quot;, kept as received</source>
        <translation>account %1, order %2: unknown status &quot;%3&quot;, kept as received</translation>
    </message>
    <message>
        <source>account %1, order %2: cannot store: %3</source>
        <translation>account %1, order %2: cannot store: %3</translation>
    </message>
</context>
<context>
    <name>despacho::sync::OutboxDispatcher</name>
    <message>
        <source>Another Despacho process (pid %1) is sending the outbox; commands stay queued until it sends them.</source>
        <translation>Another Despacho process (pid %1) is sending the outbox; commands stay queued until it sends them.</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>order %1: %2</translation>
    </message>
    <message>
        <source>already canceled</source>
        <translation>already canceled</translation>
    </message>
    <message>
        <source>order is now %1</source>
        <translation>order is now %1</translation>
    </message>
    <message>
        <source>unknown command kind</source>
        <translation>unknown command kind</translation>
    </message>
    <message>
        <source>order already %1</source>
        <translation>order already %1</translation>
    </message>
    <message>
        <source>The outbox could not be read or written: %1</source>
        <translation>The outbox could not be read or written: %1</translation>
    </message>
    <message>
        <source>%1 orders cannot take the command &quot;%2&quot;</source>
        <translation>%1 orders cannot take the command &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>despacho::sync::SyncRun</name>
    <message>
        <source>account %1: cannot read the cached orders: %2</source>
        <translation>account %1: cannot read the cached orders: %2</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>account %1: %2</translation>
    </message>
</context>
<context>
    <name>despacho::validators</name>
    <message>
        <source>the invoice number is empty</source>
        <translation>the invoice number is empty</translation>
    </message>
    <message>
        <source>the invoice number is longer than 50 characters</source>
        <translation>the invoice number is longer than 50 characters</translation>
    </message>
    <message>
        <source>the invoice number may hold only letters and digits (found &quot;%1&quot;)</source>
        <translation>the invoice number may hold only letters and digits (found &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the NF-e access key must have exactly 44 digits (has %1)</source>
        <translation>the NF-e access key must have exactly 44 digits (has %1)</translation>
    </message>
    <message>
        <source>the NF-e access key&apos;s check digit is %1, expected %2</source>
        <translation>the NF-e access key&apos;s check digit is %1, expected %2</translation>
    </message>
</context>
<context>
    <name>main</name>
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
    <message>
        <source>Demo: ana / 1111 (operator), chefe / 9999 (supervisor)</source>
        <translation>Demo: ana / 1111 (operator), chefe / 9999 (supervisor)</translation>
    </message>
    <message>
        <source>Despacho: back office for online store warehouses</source>
        <translation>Despacho: back office for online store warehouses</translation>
    </message>
</context>
</TS>
