<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nova</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>VTEX account</source>
        <translation>Conta VTEX</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>How this store is called in Despacho, e.g. Loja principal</source>
        <translation>Como esta loja aparece no Despacho, por exemplo Loja principal</translation>
    </message>
    <message>
        <source>VTEX account:</source>
        <translation>Conta VTEX:</translation>
    </message>
    <message>
        <source>Account name, as in https://ACCOUNT.vtexcommercestable.com.br</source>
        <translation>Nome da conta, como em https://CONTA.vtexcommercestable.com.br</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <source>App key:</source>
        <translation>Chave (app key):</translation>
    </message>
    <message>
        <source>vtexappkey-…</source>
        <translation>vtexappkey-…</translation>
    </message>
    <message>
        <source>App token:</source>
        <translation>Token de aplicação (app token):</translation>
    </message>
    <message>
        <source>Stored only in the system keychain</source>
        <translation>Guardado apenas no chaveiro do sistema</translation>
    </message>
    <message>
        <source>OMS base URL:</source>
        <translation>URL base do OMS:</translation>
    </message>
    <message>
        <source>Optional; default https://ACCOUNT.ENVIRONMENT.com.br</source>
        <translation>Opcional; padrão https://CONTA.AMBIENTE.com.br</translation>
    </message>
    <message>
        <source>Payments URL:</source>
        <translation>URL de pagamentos:</translation>
    </message>
    <message>
        <source>Optional; default https://ACCOUNT.vtexpayments.com.br</source>
        <translation>Opcional; padrão https://CONTA.vtexpayments.com.br</translation>
    </message>
    <message>
        <source>The app token is kept in the system keychain only; it is never shown again or written to the database.</source>
        <translation>O app token fica guardado somente no chaveiro do sistema; ele nunca é exibido de novo nem gravado no banco de dados.</translation>
    </message>
    <message>
        <source>&amp;Save account</source>
        <translation>&amp;Salvar conta</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <source>Operator or supervisor</source>
        <translation>Operador ou supervisor</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ID do pedido</translation>
    </message>
    <message>
        <source>Search outcome and detail</source>
        <translation>Buscar no resultado e no detalhe</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recarregar</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Pedido:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Solicitado por:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Canceling is a supervisor action: after you continue, a supervisor enters their PIN to authorize it.</source>
        <translation>Cancelar é uma ação de supervisor: depois que você continuar, um supervisor informa o próprio PIN para autorizar o cancelamento.</translation>
    </message>
    <message>
        <source>The order is canceled in the store and its payment is refunded or released. This cannot be undone.</source>
        <translation>O pedido é cancelado na loja e o pagamento dele é estornado ou liberado. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Why the order is canceled; the store keeps it with the order and may show it to the customer</source>
        <translation>Motivo do cancelamento; a loja o guarda junto com o pedido e pode mostrá-lo ao cliente</translation>
    </message>
</context>
<context>
    <name>CarriersDialog</name>
    <message>
        <source>Carriers</source>
        <translation>Transportadoras</translation>
    </message>
    <message>
        <source>Couriers offered in the invoice and tracking forms. In the tracking URL template, {code} stands for the tracking number; leave it empty when the courier has no tracking page.</source>
        <translation>Transportadoras oferecidas nos formulários de nota fiscal e de rastreio. No modelo de URL de rastreio, {code} representa o código de rastreio; deixe o modelo em branco quando a transportadora não tiver página de rastreio.</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Tracking URL template</source>
        <translation>Modelo de URL de rastreio</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restaurar &amp;padrões</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import tracking codes</source>
        <translation>Importar códigos de rastreio</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file with the orders and their tracking codes. The header row can be anywhere; Portuguese and English column names are recognised.</source>
        <translation>Escolha um arquivo CSV ou XLSX com os pedidos e seus códigos de rastreio. A linha de cabeçalho pode estar em qualquer lugar; nomes de coluna em português e em inglês são reconhecidos.</translation>
    </message>
    <message>
        <source>/path/to/envios.xlsx</source>
        <translation>/caminho/para/envios.xlsx</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>A blank template has the columns the import reads. A pre-filled one lists every invoice still waiting for its tracking code in the chosen accounts, with order, invoice and account filled: paste the carrier&apos;s codes and import it.</source>
        <translation>Um modelo em branco tem as colunas que a importação lê. Um modelo preenchido lista cada nota fiscal que ainda espera seu código de rastreio nas contas escolhidas, com pedido, nota e conta preenchidos: cole os códigos da transportadora e importe-o.</translation>
    </message>
    <message>
        <source>Blank template (&amp;CSV)…</source>
        <translation>Modelo em branco (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Blank template (&amp;XLSX)…</source>
        <translation>Modelo em branco (&amp;XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Pre-filled template (XLSX)…</source>
        <translation>Modelo pree&amp;nchido (XLSX)…</translation>
    </message>
    <message>
        <source>Sheet and encoding</source>
        <translation>Aba e codificação</translation>
    </message>
    <message>
        <source>Check that the text reads right; choose another sheet or encoding if it does not.</source>
        <translation>Confira se o texto está legível; se não estiver, escolha outra aba ou codificação.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Aba:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificação:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>What each column holds. The order and the tracking number are required; your choice is remembered for files with the same columns.</source>
        <translation>O que cada coluna contém. O pedido e o código de rastreio são obrigatórios; sua escolha é lembrada para arquivos com as mesmas colunas.</translation>
    </message>
    <message>
        <source>Preview of the first rows as they will be read:</source>
        <translation>Prévia das primeiras linhas como serão lidas:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>Every row with its status. Fix a cell by double-clicking it; rows with problems are not sent.</source>
        <translation>Cada linha com sua situação. Corrija uma célula com um clique duplo; linhas com problemas não são enviadas.</translation>
    </message>
    <message>
        <source>Only rows with &amp;problems</source>
        <translation>Só linhas com &amp;problemas</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Conferir &amp;de novo</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envio</translation>
    </message>
    <message>
        <source>Each row is queued and sent as it would be from the tracking form.</source>
        <translation>Cada linha entra na fila e é enviada como seria pelo formulário de rastreio.</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>P&amp;arar o envio</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>What happened to each row.</source>
        <translation>O que aconteceu com cada linha.</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;relatório…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pr&amp;ocurar…</translation>
    </message>
    <message>
        <source>&amp;Export failed rows…</source>
        <translation>Exportar linhas com &amp;falha…</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Invoice</source>
        <translation>Nota fiscal</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Output (sale)</source>
        <translation>Saída (venda)</translation>
    </message>
    <message>
        <source>Input (return)</source>
        <translation>Entrada (devolução)</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>e.g. 000123 or NF123A</source>
        <translation>ex.: 000123 ou NF123A</translation>
    </message>
    <message>
        <source>Letters and digits only: VTEX puts the number in the addresses of later calls on this invoice, where spaces, # and / break them.</source>
        <translation>Somente letras e dígitos: a VTEX coloca o número nos endereços das chamadas seguintes sobre esta nota fiscal, e espaços, # e / quebram esses endereços.</translation>
    </message>
    <message>
        <source>&amp;Value (R$):</source>
        <translation>&amp;Valor (R$):</translation>
    </message>
    <message>
        <source>1.234,56</source>
        <translation>1.234,56</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>&amp;Emissão:</translation>
    </message>
    <message>
        <source>NF-e &amp;key:</source>
        <translation>&amp;Chave da NF-e:</translation>
    </message>
    <message>
        <source>Optional: the 44 digits of the NF-e access key</source>
        <translation>Opcional: os 44 dígitos da chave de acesso da NF-e</translation>
    </message>
    <message>
        <source>Invoice &amp;URL:</source>
        <translation>&amp;URL da nota fiscal:</translation>
    </message>
    <message>
        <source>Optional: https://… address of the invoice (DANFE)</source>
        <translation>Opcional: endereço https://… da nota fiscal (DANFE)</translation>
    </message>
    <message>
        <source>Items in this invoice</source>
        <translation>Itens desta nota fiscal</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>To invoice</source>
        <translation>A faturar</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total da linha</translation>
    </message>
    <message>
        <source>Shipping (optional)</source>
        <translation>Entrega (opcional)</translation>
    </message>
    <message>
        <source>&amp;Courier:</source>
        <translation>Tr&amp;ansportadora:</translation>
    </message>
    <message>
        <source>Tracking &amp;number:</source>
        <translation>Código de &amp;rastreio:</translation>
    </message>
    <message>
        <source>Tracking U&amp;RL:</source>
        <translation>UR&amp;L de rastreio:</translation>
    </message>
    <message>
        <source>Filled from the courier when it is known</source>
        <translation>Preenchida a partir da transportadora, quando ela é conhecida</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Who is working at this station?</source>
        <translation>Quem está trabalhando nesta estação?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Confirm PIN:</source>
        <translation>&amp;Confirmar PIN:</translation>
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
        <translation>DEMONSTRAÇÃO — pedidos da loja de teste embutida; nada aqui é real</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronização</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Pedidos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Contas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>Close Despacho</source>
        <translation>Fechar o Despacho</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>Download new and changed orders of the selected account (all accounts when none is selected)</source>
        <translation>Baixar pedidos novos e alterados da conta selecionada (de todas as contas quando nenhuma estiver selecionada)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancelar sincronização</translation>
    </message>
    <message>
        <source>Stop the running sync; what was downloaded is kept</source>
        <translation>Interromper a sincronização em andamento; o que já foi baixado é mantido</translation>
    </message>
    <message>
        <source>&amp;Find order…</source>
        <translation>&amp;Localizar pedido…</translation>
    </message>
    <message>
        <source>Search by order, client, document or e-mail, or scan a barcode</source>
        <translation>Buscar por pedido, cliente, documento ou e-mail, ou ler um código de barras</translation>
    </message>
    <message>
        <source>&amp;Next order</source>
        <translation>Próximo pe&amp;dido</translation>
    </message>
    <message>
        <source>Select the next order in the list</source>
        <translation>Selecionar o próximo pedido da lista</translation>
    </message>
    <message>
        <source>&amp;Previous order</source>
        <translation>Pedido a&amp;nterior</translation>
    </message>
    <message>
        <source>Select the previous order in the list</source>
        <translation>Selecionar o pedido anterior da lista</translation>
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
        <translation>&amp;Sobre o Despacho</translation>
    </message>
    <message>
        <source>Start &amp;handling…</source>
        <translation>&amp;Iniciar manuseio…</translation>
    </message>
    <message>
        <source>&amp;Invoice…</source>
        <translation>&amp;Faturar…</translation>
    </message>
    <message>
        <source>Send an invoice (NF-e) for all or part of the order&apos;s items</source>
        <translation>Enviar uma nota fiscal (NF-e) de todos os itens do pedido ou de parte deles</translation>
    </message>
    <message>
        <source>Add &amp;tracking…</source>
        <translation>Adicionar &amp;rastreio…</translation>
    </message>
    <message>
        <source>Add the courier and tracking number to one of the order&apos;s invoices</source>
        <translation>Adicionar a transportadora e o código de rastreio a uma das notas fiscais do pedido</translation>
    </message>
    <message>
        <source>Tracking &amp;events…</source>
        <translation>&amp;Eventos de rastreio…</translation>
    </message>
    <message>
        <source>Send the shipment&apos;s tracking events, or mark it delivered</source>
        <translation>Enviar os eventos de rastreio da remessa ou marcá-la como entregue</translation>
    </message>
    <message>
        <source>Cancel the order (a supervisor&apos;s PIN is required)</source>
        <translation>Cancelar o pedido (é necessário o PIN de um supervisor)</translation>
    </message>
    <message>
        <source>S&amp;witch operator…</source>
        <translation>&amp;Trocar operador…</translation>
    </message>
    <message>
        <source>Log in as another operator</source>
        <translation>Entrar como outro operador</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>&amp;Operadores…</translation>
    </message>
    <message>
        <source>Add operators and supervisors (supervisors only)</source>
        <translation>Adicionar operadores e supervisores (somente supervisores)</translation>
    </message>
    <message>
        <source>&amp;Carriers…</source>
        <translation>Tr&amp;ansportadoras…</translation>
    </message>
    <message>
        <source>Edit the courier list and their tracking URL templates</source>
        <translation>Editar a lista de transportadoras e os modelos de URL de rastreio delas</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Fila de envio</translation>
    </message>
    <message>
        <source>Show the commands waiting, retrying, failed and sent today</source>
        <translation>Mostrar os comandos aguardando envio, em nova tentativa, com falha e enviados hoje</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro de auditoria…</translation>
    </message>
    <message>
        <source>Who did what, when, on which order, with which outcome</source>
        <translation>Quem fez o quê, quando, em qual pedido e com qual resultado</translation>
    </message>
    <message>
        <source>Preview and print the packing slip of the order shown</source>
        <translation>Visualizar e imprimir o romaneio do pedido exibido</translation>
    </message>
    <message>
        <source>Print packing slips of the &amp;selected orders…</source>
        <translation>Imprimir romaneios dos pedidos &amp;selecionados…</translation>
    </message>
    <message>
        <source>One packing slip per page for every order selected in the list (Ctrl+click, Shift+click)</source>
        <translation>Um romaneio por página para cada pedido selecionado na lista (Ctrl+clique, Shift+clique)</translation>
    </message>
    <message>
        <source>Add, edit or remove store accounts</source>
        <translation>Adicionar, editar ou remover contas de loja</translation>
    </message>
    <message>
        <source>Tell the store the warehouse started handling this order</source>
        <translation>Informar à loja que o armazém começou o manuseio deste pedido</translation>
    </message>
    <message>
        <source>C&amp;lose order (e-vendi)…</source>
        <translation>Finali&amp;zar pedido (e-vendi)…</translation>
    </message>
    <message>
        <source>Tell e-vendi the order is finished</source>
        <translation>Avisar o e-vendi que o pedido está finalizado</translation>
    </message>
    <message>
        <source>&amp;Refund (e-vendi)…</source>
        <translation>Es&amp;tornar (e-vendi)…</translation>
    </message>
    <message>
        <source>Refund the order in e-vendi (a supervisor&apos;s PIN is required)</source>
        <translation>Estornar o pedido no e-vendi (exige o PIN de um supervisor)</translation>
    </message>
    <message>
        <source>&amp;Import tracking codes…</source>
        <translation>&amp;Importar códigos de rastreio…</translation>
    </message>
    <message>
        <source>Apply a spreadsheet (CSV or XLSX) of tracking codes to VTEX and e-vendi orders</source>
        <translation>Aplicar uma planilha (CSV ou XLSX) de códigos de rastreio a pedidos VTEX e e-vendi</translation>
    </message>
    <message>
        <source>A folder whose spreadsheets of tracking codes are read as they arrive</source>
        <translation>Uma pasta cujas planilhas de códigos de rastreio são lidas assim que chegam</translation>
    </message>
    <message>
        <source>Cancel or&amp;der…</source>
        <translation>&amp;Cancelar pedido…</translation>
    </message>
    <message>
        <source>Print pac&amp;king slip…</source>
        <translation>Im&amp;primir romaneio…</translation>
    </message>
    <message>
        <source>Watched &amp;folder…</source>
        <translation>Pasta &amp;monitorada…</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>Adicionar um operador</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>Novo P&amp;IN:</translation>
    </message>
    <message>
        <source>&amp;Confirm PIN:</source>
        <translation>&amp;Confirmar PIN:</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>&amp;Adicionar operador</translation>
    </message>
</context>
<context>
    <name>OrderDetailView</name>
    <message>
        <source>Select an order to see its details.</source>
        <translation>Selecione um pedido para ver os detalhes.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Pedido:</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <translation>Sequência:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Conta:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origem:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Criado em:</translation>
    </message>
    <message>
        <source>Authorized:</source>
        <translation>Autorizado em:</translation>
    </message>
    <message>
        <source>Invoiced:</source>
        <translation>Faturado em:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Última alteração:</translation>
    </message>
    <message>
        <source>Cancellation reason:</source>
        <translation>Motivo do cancelamento:</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Itens:</translation>
    </message>
    <message>
        <source>Discounts:</source>
        <translation>Descontos:</translation>
    </message>
    <message>
        <source>Shipping:</source>
        <translation>Frete:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Impostos:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unidades:</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total da linha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>Corporate name:</source>
        <translation>Razão social:</translation>
    </message>
    <message>
        <source>CNPJ:</source>
        <translation>CNPJ:</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>Receiver:</source>
        <translation>Destinatário:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Logradouro:</translation>
    </message>
    <message>
        <source>Neighborhood:</source>
        <translation>Bairro:</translation>
    </message>
    <message>
        <source>City/UF:</source>
        <translation>Cidade/UF:</translation>
    </message>
    <message>
        <source>CEP:</source>
        <translation>CEP:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referência:</translation>
    </message>
    <message>
        <source>Courier:</source>
        <translation>Transportadora:</translation>
    </message>
    <message>
        <source>Shipping estimate:</source>
        <translation>Prazo de entrega:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>Tipo de entrega</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Estimated date</source>
        <translation>Data prevista</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Courier id</source>
        <translation>ID da transportadora</translation>
    </message>
    <message>
        <source>Dock</source>
        <translation>Doca</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Estoque</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pagamento</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <source>Invoices &amp;&amp; tracking</source>
        <translation>Notas fiscais &amp;&amp; rastreio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Nota fiscal</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Chave de acesso</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emissão</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Código de rastreio</translation>
    </message>
    <message>
        <source>Tracking URL</source>
        <translation>URL de rastreio</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Tracking events of the selected package:</source>
        <translation>Eventos de rastreio do pacote selecionado:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>UF</source>
        <translation>UF</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON original</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Receipt or last error</source>
        <translation>Recibo ou último erro</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>What was asked of the store for this order from this station, and what became of it.</source>
        <translation>O que foi solicitado à loja para este pedido a partir desta estação, e qual foi o resultado.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>Fila de envio</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
</context>
<context>
    <name>StartHandlingDialog</name>
    <message>
        <source>Start handling</source>
        <translation>Iniciar manuseio</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Pedido:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Itens:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>The store moves the order to Handling: the warehouse can pick and pack it, and the customer sees that it is being prepared.</source>
        <translation>A loja passa o pedido para Preparando entrega: o armazém pode separá-lo e embalá-lo, e o cliente vê que ele está sendo preparado.</translation>
    </message>
</context>
<context>
    <name>SupervisorPrompt</name>
    <message>
        <source>Supervisor authorisation</source>
        <translation>Autorização do supervisor</translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Supervisor:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;PIN:</source>
        <translation>&amp;PIN do supervisor:</translation>
    </message>
</context>
<context>
    <name>TrackingDialog</name>
    <message>
        <source>Tracking</source>
        <translation>Rastreio</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Nota fiscal:</translation>
    </message>
    <message>
        <source>&amp;Courier:</source>
        <translation>&amp;Transportadora:</translation>
    </message>
    <message>
        <source>Tracking &amp;number:</source>
        <translation>Código de &amp;rastreio:</translation>
    </message>
    <message>
        <source>e.g. AA123456785BR</source>
        <translation>ex.: AA123456785BR</translation>
    </message>
    <message>
        <source>Tracking &amp;URL:</source>
        <translation>&amp;URL de rastreio:</translation>
    </message>
    <message>
        <source>Filled from the courier when it is known</source>
        <translation>Preenchida a partir da transportadora, quando ela é conhecida</translation>
    </message>
    <message>
        <source>&amp;Dispatched:</source>
        <translation>&amp;Expedido em:</translation>
    </message>
</context>
<context>
    <name>TrackingEventsDialog</name>
    <message>
        <source>Tracking events</source>
        <translation>Eventos de rastreio</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Nota fiscal:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>UF</source>
        <translation>UF</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>&amp;Adicionar evento</translation>
    </message>
    <message>
        <source>&amp;Remove event</source>
        <translation>&amp;Remover evento</translation>
    </message>
    <message>
        <source>&amp;Delivered on</source>
        <translation>&amp;Entregue em</translation>
    </message>
    <message>
        <source>Events (the list replaces the one the store holds)</source>
        <translation>Eventos (a lista substitui a que está na loja)</translation>
    </message>
</context>
<context>
    <name>WatchFolderDialog</name>
    <message>
        <source>Watched folder</source>
        <translation>Pasta monitorada</translation>
    </message>
    <message>
        <source>CSV and XLSX files that appear in this folder (a network share, a carrier&apos;s drop folder) are read and checked as in the import wizard. Each is filed in done/ or failed/ beside a report of the same name once its rows are sent.</source>
        <translation>Arquivos CSV e XLSX que aparecem nesta pasta (um compartilhamento de rede, a pasta de entrega de uma transportadora) são lidos e conferidos como no assistente de importação. Cada um é arquivado em done/ ou failed/, ao lado de um relatório de mesmo nome, quando suas linhas forem enviadas.</translation>
    </message>
    <message>
        <source>/srv/transportadora/entrada</source>
        <translation>/srv/transportadora/entrada</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Send without asking (a supervisor turns this on)</source>
        <translation>&amp;Enviar sem perguntar (um supervisor liga esta opção)</translation>
    </message>
    <message>
        <source>Without it, a file waits in the status bar until someone opens it, checks it and confirms.</source>
        <translation>Sem ela, um arquivo espera na barra de status até alguém abri-lo, conferi-lo e confirmar.</translation>
    </message>
</context>
<context>
    <name>despacho::ActionForms</name>
    <message>
        <source>choose the invoice</source>
        <translation>escolha a nota fiscal</translation>
    </message>
    <message>
        <source>order %1 has no invoice %2</source>
        <translation>o pedido %1 não tem a nota fiscal %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>aviso: %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>order %1 is %2; only orders ready for handling can start handling</source>
        <translation>o pedido %1 está com status %2; só pedidos prontos para manuseio podem iniciar o manuseio</translation>
    </message>
    <message>
        <source>order %1 is %2; only orders ready for handling or in handling can be invoiced</source>
        <translation>o pedido %1 está com status %2; só pedidos prontos para manuseio ou em manuseio podem ser faturados</translation>
    </message>
    <message>
        <source>order %1 is already canceled</source>
        <translation>o pedido %1 já está cancelado</translation>
    </message>
    <message>
        <source>order %1 is invoiced or partially invoiced and cannot be canceled</source>
        <translation>o pedido %1 está faturado ou parcialmente faturado e não pode ser cancelado</translation>
    </message>
    <message>
        <source>order %1 has no invoice yet</source>
        <translation>o pedido %1 ainda não tem nota fiscal</translation>
    </message>
    <message>
        <source>the issuance date and time are required</source>
        <translation>a data e a hora de emissão são obrigatórias</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address</source>
        <translation>&quot;%1&quot; não é um endereço web</translation>
    </message>
    <message>
        <source>nothing left to invoice on order %1</source>
        <translation>não resta nada a faturar no pedido %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>SKU %1 is not in order %2</source>
        <translation>o SKU %1 não está no pedido %2</translation>
    </message>
    <message>
        <source>the quantity must be at least 1</source>
        <translation>a quantidade deve ser pelo menos 1</translation>
    </message>
    <message>
        <source>only %1 of SKU %2 left to invoice</source>
        <translation>restam só %1 do SKU %2 a faturar</translation>
    </message>
    <message>
        <source>the unit price must not be negative</source>
        <translation>o preço unitário não pode ser negativo</translation>
    </message>
    <message>
        <source>the invoice value must be greater than zero</source>
        <translation>o valor da nota fiscal deve ser maior que zero</translation>
    </message>
    <message>
        <source>give both the courier and the tracking number, or neither</source>
        <translation>informe a transportadora e o código de rastreio juntos, ou nenhum dos dois</translation>
    </message>
    <message>
        <source>the courier is required</source>
        <translation>a transportadora é obrigatória</translation>
    </message>
    <message>
        <source>the tracking number is required</source>
        <translation>o código de rastreio é obrigatório</translation>
    </message>
    <message>
        <source>add at least one event or mark the package delivered</source>
        <translation>adicione pelo menos um evento ou marque o pacote como entregue</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>evento %1</translation>
    </message>
    <message>
        <source>the city is required</source>
        <translation>a cidade é obrigatória</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Brazilian state (UF)</source>
        <translation>&quot;%1&quot; não é um estado brasileiro (UF)</translation>
    </message>
    <message>
        <source>the description is required</source>
        <translation>a descrição é obrigatória</translation>
    </message>
    <message>
        <source>the date and time are required</source>
        <translation>a data e a hora são obrigatórias</translation>
    </message>
    <message>
        <source>give the delivery date and time</source>
        <translation>informe a data e a hora da entrega</translation>
    </message>
    <message>
        <source>a reason is required to cancel</source>
        <translation>é preciso um motivo para cancelar</translation>
    </message>
    <message>
        <source>%1 is not a Correios code (two letters, 9 digits, two letters)</source>
        <translation>%1 não é um código dos Correios (duas letras, 9 dígitos, duas letras)</translation>
    </message>
    <message>
        <source>the Correios check digit of %1 should be %2; check the code</source>
        <translation>o dígito verificador de %1 deveria ser %2; confira o código</translation>
    </message>
    <message>
        <source>what is left of order %1&apos;s total</source>
        <translation>o que falta faturar do total do pedido %1</translation>
    </message>
    <message>
        <source>the value of the chosen items</source>
        <translation>o valor dos itens escolhidos</translation>
    </message>
    <message>
        <source>%1 is %2 less than %3, %4 (%5)</source>
        <translation>%1 é %2 a menos que %3, %4 (%5)</translation>
    </message>
    <message>
        <source>%1 is %2 more than %3, %4 (%5)</source>
        <translation>%1 é %2 a mais que %3, %4 (%5)</translation>
    </message>
    <message>
        <source>items %1</source>
        <translation>itens %1</translation>
    </message>
    <message>
        <source>items %1 + freight, tax and discounts %2</source>
        <translation>itens %1 + frete, impostos e descontos %2</translation>
    </message>
    <message>
        <source>partial invoice: leaves out %1 of items (1 unit)</source>
        <translation>nota parcial: deixa de fora %1 em itens (1 unidade)</translation>
    </message>
    <message>
        <source>partial invoice: leaves out %1 of items (%2 units)</source>
        <translation>nota parcial: deixa de fora %1 em itens (%2 unidades)</translation>
    </message>
    <message>
        <source>%1 and %2 of freight, tax and discounts</source>
        <translation>%1 e %2 de frete, impostos e descontos</translation>
    </message>
    <message>
        <source>%1, for a later invoice</source>
        <translation>%1, para uma próxima nota</translation>
    </message>
    <message>
        <source>the store does not allow canceling order %1 now</source>
        <translation>a loja não permite cancelar o pedido %1 agora</translation>
    </message>
</context>
<context>
    <name>despacho::Carriers</name>
    <message>
        <source>the carrier list is not valid JSON: %1</source>
        <translation>a lista de transportadoras não é um JSON válido: %1</translation>
    </message>
    <message>
        <source>the carrier list must be a JSON array</source>
        <translation>a lista de transportadoras deve ser um array JSON</translation>
    </message>
    <message>
        <source>carrier %1 is not a JSON object</source>
        <translation>a transportadora %1 não é um objeto JSON</translation>
    </message>
</context>
<context>
    <name>despacho::Command</name>
    <message>
        <source>Start handling</source>
        <translation>Iniciar manuseio</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Nota fiscal</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Rastreio</translation>
    </message>
    <message>
        <source>Tracking events</source>
        <translation>Eventos de rastreio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelamento</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Aguardando nova tentativa</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Close order</source>
        <translation>Finalizar pedido</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Estornar</translation>
    </message>
</context>
<context>
    <name>despacho::EvendiForms</name>
    <message>
        <source>order %1 is not an e-vendi order</source>
        <translation>o pedido %1 não é um pedido e-vendi</translation>
    </message>
    <message>
        <source>order %1 is %2; %3</source>
        <translation>o pedido %1 está %2; %3</translation>
    </message>
    <message>
        <source>a refunded order takes no tracking code</source>
        <translation>um pedido estornado não recebe código de rastreio</translation>
    </message>
    <message>
        <source>a refunded order takes no fiscal note</source>
        <translation>um pedido estornado não recebe nota fiscal</translation>
    </message>
    <message>
        <source>only an open order can be closed</source>
        <translation>só um pedido aberto pode ser finalizado</translation>
    </message>
    <message>
        <source>e-vendi cancels only orders whose payment was refused</source>
        <translation>o e-vendi só cancela pedidos cujo pagamento foi recusado</translation>
    </message>
    <message>
        <source>only an open or closed order can be refunded</source>
        <translation>só um pedido aberto ou finalizado pode ser estornado</translation>
    </message>
    <message>
        <source>the tracking code is required</source>
        <translation>o código de rastreio é obrigatório</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has spaces; a tracking code is one word</source>
        <translation>&quot;%1&quot; tem espaços; um código de rastreio é uma palavra só</translation>
    </message>
    <message>
        <source>%1 is not a Correios code (two letters, 9 digits, two letters)</source>
        <translation>%1 não é um código dos Correios (duas letras, 9 dígitos, duas letras)</translation>
    </message>
    <message>
        <source>the Correios check digit of %1 should be %2; check the code</source>
        <translation>o dígito verificador dos Correios de %1 deveria ser %2; confira o código</translation>
    </message>
    <message>
        <source>the fiscal note&apos;s address is required</source>
        <translation>o endereço da nota fiscal é obrigatório</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// address; e-vendi takes the fiscal note&apos;s address over https only</source>
        <translation>&quot;%1&quot; não é um endereço https://; o e-vendi só aceita o endereço da nota fiscal em https</translation>
    </message>
    <message>
        <source>a reason is required to refund</source>
        <translation>é preciso um motivo para estornar</translation>
    </message>
    <message>
        <source>order %1 was not paid by boleto: e-vendi refunds it to the card; the bank account will not be used</source>
        <translation>o pedido %1 não foi pago por boleto: o e-vendi estorna no cartão; a conta bancária não será usada</translation>
    </message>
    <message>
        <source>required to refund a boleto payment (e-vendi sends the money to this bank account)</source>
        <translation>obrigatório para estornar um pagamento por boleto (o e-vendi envia o dinheiro para esta conta)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be digits only</source>
        <translation>&quot;%1&quot; deve ter só dígitos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; não é um de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither cpf nor cnpj</source>
        <translation>&quot;%1&quot; não é cpf nem cnpj</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 (check digits)</source>
        <translation>%1 não é um %2 válido (dígitos verificadores)</translation>
    </message>
</context>
<context>
    <name>despacho::EvendiOrder</name>
    <message>
        <source>e-vendi order %1 has an invalid %2</source>
        <translation>o pedido %1 do e-vendi tem %2 inválido</translation>
    </message>
    <message>
        <source>the e-vendi order has no id</source>
        <translation>o pedido do e-vendi não tem id</translation>
    </message>
    <message>
        <source>e-vendi order %1 has no status (e-vendi gives it only in searchOrders)</source>
        <translation>o pedido %1 do e-vendi não tem status (o e-vendi só o informa em searchOrders)</translation>
    </message>
    <message>
        <source>e-vendi order %1 has no valid createdAt</source>
        <translation>o pedido %1 do e-vendi não tem createdAt válido</translation>
    </message>
</context>
<context>
    <name>despacho::OrderDecoder</name>
    <message>
        <source>orders of channel %1 cannot be read by this version</source>
        <translation>pedidos do canal %1 não podem ser lidos por esta versão</translation>
    </message>
    <message>
        <source>the order document is empty</source>
        <translation>o documento do pedido está vazio</translation>
    </message>
    <message>
        <source>the order document is not a JSON object</source>
        <translation>o documento do pedido não é um objeto JSON</translation>
    </message>
</context>
<context>
    <name>despacho::OrderJson</name>
    <message>
        <source>the order has no orderId</source>
        <translation>o pedido não tem orderId</translation>
    </message>
    <message>
        <source>order %1 has no status</source>
        <translation>o pedido %1 não tem status</translation>
    </message>
    <message>
        <source>order %1 has an invalid creationDate &quot;%2&quot;</source>
        <translation>o pedido %1 tem creationDate inválida &quot;%2&quot;</translation>
    </message>
    <message>
        <source>order %1 has no numeric value</source>
        <translation>o pedido %1 não tem valor numérico</translation>
    </message>
    <message>
        <source>a list row has no orderId</source>
        <translation>uma linha da lista não tem orderId</translation>
    </message>
    <message>
        <source>order %1 has no status in the list</source>
        <translation>o pedido %1 não tem status na lista</translation>
    </message>
    <message>
        <source>order %1 has an invalid creationDate &quot;%2&quot; in the list</source>
        <translation>o pedido %1 tem creationDate inválida &quot;%2&quot; na lista</translation>
    </message>
</context>
<context>
    <name>despacho::OrderStatus</name>
    <message>
        <source>Payment pending</source>
        <translation>Pagamento pendente</translation>
    </message>
    <message>
        <source>Payment approved</source>
        <translation>Pagamento aprovado</translation>
    </message>
    <message>
        <source>Waiting for seller</source>
        <translation>Aguardando decisão do seller</translation>
    </message>
    <message>
        <source>Cancellation window</source>
        <translation>Carência para cancelamento</translation>
    </message>
    <message>
        <source>Ready for handling</source>
        <translation>Pronto para manuseio</translation>
    </message>
    <message>
        <source>Starting handling</source>
        <translation>Iniciando manuseio</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Preparando entrega</translation>
    </message>
    <message>
        <source>Invoice after cancellation denied</source>
        <translation>Faturar após cancelamento negado</translation>
    </message>
    <message>
        <source>Order accepted</source>
        <translation>Pedido aceito</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Faturando</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Faturado</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Substituído</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Cancelamento solicitado</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>Cancelando</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Todos os pedidos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Estornado</translation>
    </message>
    <message>
        <source>Payment refused</source>
        <translation>Pagamento recusado</translation>
    </message>
</context>
<context>
    <name>despacho::Scan</name>
    <message>
        <source>the issuer CNPJ in the key, %1, is not a valid CNPJ</source>
        <translation>o CNPJ do emitente na chave, %1, não é um CNPJ válido</translation>
    </message>
    <message>
        <source>the key is of model %1, not an NF-e (55)</source>
        <translation>a chave é do modelo %1, não de uma NF-e (55)</translation>
    </message>
    <message>
        <source>the key&apos;s month %1 is not a date</source>
        <translation>o mês da chave, %1, não é uma data</translation>
    </message>
    <message>
        <source>the key was issued in %1, a month still to come</source>
        <translation>a chave é de %1, um mês que ainda não chegou</translation>
    </message>
    <message>
        <source>the key was issued in %1, before order %2 was placed (%3)</source>
        <translation>a chave é de %1, antes de o pedido %2 ser feito (%3)</translation>
    </message>
</context>
<context>
    <name>despacho::api::ApiError</name>
    <message>
        <source>Could not reach the server. Check the internet connection and try again.</source>
        <translation>Não foi possível contatar o servidor. Verifique a conexão com a internet e tente novamente.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Try again later.</source>
        <translation>O servidor demorou demais para responder. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The server answered with a login page; check the app key and app token.</source>
        <translation>O servidor respondeu com uma página de login; confira a app key e o app token.</translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP %1); check the app key, the app token and their permissions.</source>
        <translation>O servidor recusou as credenciais (HTTP %1); confira a app key, o app token e as permissões deles.</translation>
    </message>
    <message>
        <source>The server does not know this item (HTTP 404).</source>
        <translation>O servidor não conhece este item (HTTP 404).</translation>
    </message>
    <message>
        <source>The server refused the change because of the item&apos;s current state (HTTP 409).</source>
        <translation>O servidor recusou a alteração por causa do estado atual do item (HTTP 409).</translation>
    </message>
    <message>
        <source>The server is limiting the number of requests; try again in a few minutes.</source>
        <translation>O servidor está limitando o número de requisições; tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1); try again later.</source>
        <translation>O servidor falhou (HTTP %1); tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP %1).</source>
        <translation>O servidor rejeitou a requisição (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent a reply that could not be read.</source>
        <translation>O servidor enviou uma resposta que não pôde ser lida.</translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is allowed only for this computer).</source>
        <translation>O endereço deve começar com https:// (http simples só é permitido para este computador).</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>A requisição foi cancelada.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>O servidor disse: %1</translation>
    </message>
</context>
<context>
    <name>despacho::api::EvendiClient</name>
    <message>
        <source>e-vendi did not understand the request (400): check the account&apos;s organization id, its integration token and the order number.</source>
        <translation>O e-vendi não entendeu a requisição (400): confira o id da organização da conta, o token de integração e o número do pedido.</translation>
    </message>
    <message>
        <source>e-vendi refused the method of the request (405): Despacho sent a GET where e-vendi expects a POST, or the reverse. Report it to whoever supports Despacho.</source>
        <translation>O e-vendi recusou o método da requisição (405): o Despacho enviou um GET onde o e-vendi espera um POST, ou o contrário. Informe quem dá suporte ao Despacho.</translation>
    </message>
    <message>
        <source>e-vendi refused the request&apos;s format (415): it was not sent as application/json. Report it to whoever supports Despacho.</source>
        <translation>O e-vendi recusou o formato da requisição (415): ela não foi enviada como application/json. Informe quem dá suporte ao Despacho.</translation>
    </message>
</context>
<context>
    <name>despacho::cli</name>
    <message>
        <source>--data-dir needs a directory</source>
        <translation>--data-dir precisa de uma pasta</translation>
    </message>
    <message>
        <source>--operator needs a name</source>
        <translation>--operator precisa de um nome</translation>
    </message>
    <message>
        <source>Unknown option %1</source>
        <translation>Opção desconhecida %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nenhum comando informado.</translation>
    </message>
    <message>
        <source>Unknown command %1</source>
        <translation>Comando desconhecido %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) URL</source>
        <translation>%1: &quot;%2&quot; não é uma URL http(s)</translation>
    </message>
    <message>
        <source>%1: plain http is only allowed for 127.0.0.1/localhost; use https</source>
        <translation>%1: http simples só é permitido para 127.0.0.1/localhost; use https</translation>
    </message>
    <message>
        <source>Name of the account in Despacho</source>
        <translation>Nome da conta no Despacho</translation>
    </message>
    <message>
        <source>VTEX account name</source>
        <translation>Nome da conta VTEX</translation>
    </message>
    <message>
        <source>VTEX app key</source>
        <translation>App key da VTEX</translation>
    </message>
    <message>
        <source>VTEX environment</source>
        <translation>Ambiente VTEX</translation>
    </message>
    <message>
        <source>OMS base URL (tests, sandbox)</source>
        <translation>URL base do OMS (testes, sandbox)</translation>
    </message>
    <message>
        <source>Payments base URL (tests, sandbox)</source>
        <translation>URL base de pagamentos (testes, sandbox)</translation>
    </message>
    <message>
        <source>JSON output</source>
        <translation>Saída em JSON</translation>
    </message>
    <message>
        <source>NAME: &quot;%1&quot; must be 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>NAME: &quot;%1&quot; deve ter de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>--account: &quot;%1&quot; is not a VTEX account name (lower-case letters, digits, &apos;-&apos;)</source>
        <translation>--account: &quot;%1&quot; não é um nome de conta VTEX (letras minúsculas, dígitos, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>--app-key: must not be empty</source>
        <translation>--app-key: não pode ficar vazio</translation>
    </message>
    <message>
        <source>No app token: set DESPACHO_VTEX_APP_TOKEN or give it as one line on standard input (never on the command line).</source>
        <translation>Sem app token: defina DESPACHO_VTEX_APP_TOKEN ou informe-o numa linha da entrada padrão (nunca na linha de comando).</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>conta %1: %2</translation>
    </message>
    <message>
        <source>account %1 saved (VTEX account %2; app token in the system keychain)</source>
        <translation>conta %1 salva (conta VTEX %2; app token no chaveiro do sistema)</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizada</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>última sincronização %1</translation>
    </message>
    <message>
        <source>No accounts. Add one with: despacho-cli account add-vtex NAME --account ACCOUNT --app-key KEY</source>
        <translation>Nenhuma conta. Adicione uma com: despacho-cli account add-vtex NAME --account ACCOUNT --app-key KEY</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Não existe conta chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>account %1 removed</source>
        <translation>conta %1 removida</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ID do pedido</translation>
    </message>
    <message>
        <source>Account of the order</source>
        <translation>Conta do pedido</translation>
    </message>
    <message>
        <source>Queue the command and return at once</source>
        <translation>Enfileirar o comando e retornar imediatamente</translation>
    </message>
    <message>
        <source>Wait for another process&apos;s dispatcher to finish</source>
        <translation>Aguardar até que o despachante de outro processo termine</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>aviso: %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Invoice number (letters and digits)</source>
        <translation>Número da nota fiscal (letras e dígitos)</translation>
    </message>
    <message>
        <source>Invoice value in cents</source>
        <translation>Valor da nota fiscal em centavos</translation>
    </message>
    <message>
        <source>Issuance date and time, ISO-8601</source>
        <translation>Data e hora de emissão, ISO-8601</translation>
    </message>
    <message>
        <source>output (sale) or input (return)</source>
        <translation>output (venda) ou input (devolução)</translation>
    </message>
    <message>
        <source>NF-e access key (44 digits)</source>
        <translation>Chave de acesso da NF-e (44 dígitos)</translation>
    </message>
    <message>
        <source>Invoice URL</source>
        <translation>URL da nota fiscal</translation>
    </message>
    <message>
        <source>Item to invoice (repeatable)</source>
        <translation>Item a faturar (pode ser repetido)</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Código de rastreio</translation>
    </message>
    <message>
        <source>Tracking URL</source>
        <translation>URL de rastreio</translation>
    </message>
    <message>
        <source>must be output or input</source>
        <translation>deve ser output ou input</translation>
    </message>
    <message>
        <source>the invoice value in cents is required</source>
        <translation>o valor da nota fiscal em centavos é obrigatório</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value in cents</source>
        <translation>&quot;%1&quot; não é um valor em centavos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date and time</source>
        <translation>&quot;%1&quot; não é uma data e hora ISO-8601</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not SKU:QTY:UNIT_PRICE_CENTS</source>
        <translation>&quot;%1&quot; não está no formato SKU:QTY:UNIT_PRICE_CENTS</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Número da nota fiscal</translation>
    </message>
    <message>
        <source>Dispatch date and time, ISO-8601</source>
        <translation>Data e hora da expedição, ISO-8601</translation>
    </message>
    <message>
        <source>not an ISO-8601 date and time</source>
        <translation>não é uma data e hora ISO-8601</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>State (UF)</source>
        <translation>Estado (UF)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>When, ISO-8601</source>
        <translation>Quando, ISO-8601</translation>
    </message>
    <message>
        <source>The package was delivered</source>
        <translation>O pacote foi entregue</translation>
    </message>
    <message>
        <source>Delivery date and time</source>
        <translation>Data e hora da entrega</translation>
    </message>
    <message>
        <source>Why the order is canceled</source>
        <translation>Motivo do cancelamento do pedido</translation>
    </message>
    <message>
        <source>Supervisor authorising the cancel</source>
        <translation>Supervisor que autoriza o cancelamento</translation>
    </message>
    <message>
        <source>canceling needs a supervisor&apos;s name and PIN</source>
        <translation>cancelar exige o nome e o PIN de um supervisor</translation>
    </message>
    <message>
        <source>command %1 (%2, order %3): %4</source>
        <translation>comando %1 (%2, pedido %3): %4</translation>
    </message>
    <message>
        <source>, receipt %1</source>
        <translation>, recibo %1</translation>
    </message>
    <message>
        <source>This action needs the acting operator: despacho-cli --operator NAME ... (PIN from DESPACHO_PIN or standard input)</source>
        <translation>Esta ação precisa do operador responsável: despacho-cli --operator NAME ... (PIN em DESPACHO_PIN ou na entrada padrão)</translation>
    </message>
    <message>
        <source>order %1 exists in several accounts (%2): choose one with --account</source>
        <translation>o pedido %1 existe em várias contas (%2): escolha uma com --account</translation>
    </message>
    <message>
        <source>order %1 is not in the cache; run despacho-cli sync first</source>
        <translation>o pedido %1 não está no cache; execute despacho-cli sync antes</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>pedido %1: %2</translation>
    </message>
    <message>
        <source>cannot queue the command: %1</source>
        <translation>não foi possível enfileirar o comando: %1</translation>
    </message>
    <message>
        <source>queued as command %1</source>
        <translation>enfileirado como comando %1</translation>
    </message>
    <message>
        <source>queued as command %1; %2</source>
        <translation>enfileirado como comando %1; %2</translation>
    </message>
    <message>
        <source>Name of the new operator</source>
        <translation>Nome do novo operador</translation>
    </message>
    <message>
        <source>operator or supervisor</source>
        <translation>operator (operador) ou supervisor</translation>
    </message>
    <message>
        <source>Supervisor who authorises the change</source>
        <translation>Supervisor que autoriza a alteração</translation>
    </message>
    <message>
        <source>NAME: &quot;%1&quot; is not valid: %2</source>
        <translation>NAME: &quot;%1&quot; não é válido: %2</translation>
    </message>
    <message>
        <source>--role: &quot;%1&quot; is not valid: use operator or supervisor</source>
        <translation>--role: &quot;%1&quot; não é válido: use operator ou supervisor</translation>
    </message>
    <message>
        <source>No PIN for %1: set DESPACHO_NEW_PIN or give it as one line on standard input (never on the command line).</source>
        <translation>Sem PIN para %1: defina DESPACHO_NEW_PIN ou informe-o numa linha da entrada padrão (nunca na linha de comando).</translation>
    </message>
    <message>
        <source>The new PIN for %1 is not valid: %2.</source>
        <translation>O novo PIN de %1 não é válido: %2.</translation>
    </message>
    <message>
        <source>Adding operator %1 needs a supervisor: --supervisor NAME, with the supervisor&apos;s PIN in DESPACHO_SUPERVISOR_PIN or on the next line of standard input.</source>
        <translation>Adicionar o operador %1 exige um supervisor: --supervisor NAME, com o PIN do supervisor em DESPACHO_SUPERVISOR_PIN ou na próxima linha da entrada padrão.</translation>
    </message>
    <message>
        <source>No PIN for supervisor %1: set DESPACHO_SUPERVISOR_PIN or give it on the next line of standard input.</source>
        <translation>Sem PIN para o supervisor %1: defina DESPACHO_SUPERVISOR_PIN ou informe-o na próxima linha da entrada padrão.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inativo</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>bloqueado até %1</translation>
    </message>
    <message>
        <source>No operators yet. Add the first supervisor with: despacho-cli operator add NAME --role supervisor</source>
        <translation>Nenhum operador ainda. Adicione o primeiro supervisor com: despacho-cli operator add NAME --role supervisor</translation>
    </message>
    <message>
        <source>Only this account</source>
        <translation>Somente esta conta</translation>
    </message>
    <message>
        <source>Only this status</source>
        <translation>Somente este status</translation>
    </message>
    <message>
        <source>Order id, sequence, client, document or e-mail</source>
        <translation>ID do pedido, sequência, cliente, documento ou e-mail</translation>
    </message>
    <message>
        <source>At most N orders</source>
        <translation>No máximo N pedidos</translation>
    </message>
    <message>
        <source>--status: unknown status &quot;%1&quot;</source>
        <translation>--status: status desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit: must be a positive number</source>
        <translation>--limit: deve ser um número positivo</translation>
    </message>
    <message>
        <source>The cached order JSON as received</source>
        <translation>O JSON do pedido em cache, como foi recebido</translation>
    </message>
    <message>
        <source>order %1: only the list row is cached; run despacho-cli sync</source>
        <translation>pedido %1: só a linha da lista está em cache; execute despacho-cli sync</translation>
    </message>
    <message>
        <source>order %1 is not in the cache</source>
        <translation>o pedido %1 não está no cache</translation>
    </message>
    <message>
        <source>Order %1 (sequence %2), account %3</source>
        <translation>Pedido %1 (sequência %2), conta %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Situação: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Criado em: %1</translation>
    </message>
    <message>
        <source>Client: %1 &lt;%2&gt; %3</source>
        <translation>Cliente: %1 &lt;%2&gt; %3</translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation>Entregar em: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Invoice %1 (%2): %3 %4</source>
        <translation>Nota fiscal %1 (%2): %3 %4</translation>
    </message>
    <message>
        <source>outbox sent: %1 sent, %2 failed in this run</source>
        <translation>fila de envio processada: %1 enviados, %2 com falha nesta execução</translation>
    </message>
    <message>
        <source>there is no command %1 in the outbox</source>
        <translation>não existe o comando %1 na fila de envio</translation>
    </message>
    <message>
        <source>Command id</source>
        <translation>ID do comando</translation>
    </message>
    <message>
        <source>Supervisor authorising the discard</source>
        <translation>Supervisor que autoriza o descarte</translation>
    </message>
    <message>
        <source>--supervisor: discarding a command needs a supervisor&apos;s name and PIN</source>
        <translation>--supervisor: descartar um comando exige o nome e o PIN de um supervisor</translation>
    </message>
    <message>
        <source>command %1 discarded</source>
        <translation>comando %1 descartado</translation>
    </message>
    <message>
        <source>command %1 queued again</source>
        <translation>comando %1 enfileirado novamente</translation>
    </message>
    <message>
        <source>Only this order</source>
        <translation>Somente este pedido</translation>
    </message>
    <message>
        <source>Only this operator or supervisor</source>
        <translation>Somente este operador ou supervisor</translation>
    </message>
    <message>
        <source>Only this action</source>
        <translation>Somente esta ação</translation>
    </message>
    <message>
        <source>synced %1 orders (%2 details) in %3 s</source>
        <translation>sincronizados %1 pedidos (%2 detalhes) em %3 s</translation>
    </message>
    <message>
        <source>%1 failures</source>
        <translation>%1 falhas</translation>
    </message>
    <message>
        <source>Sync only this account</source>
        <translation>Sincronizar somente esta conta</translation>
    </message>
    <message>
        <source>Order status to sync (repeatable)</source>
        <translation>Status de pedido a sincronizar (pode ser repetido)</translation>
    </message>
    <message>
        <source>Orders created on or after this day</source>
        <translation>Pedidos criados neste dia ou depois</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Requisições simultâneas</translation>
    </message>
    <message>
        <source>--status: unknown status &quot;%1&quot; (for example ready-for-handling, handling, invoiced, canceled)</source>
        <translation>--status: status desconhecido &quot;%1&quot; (por exemplo ready-for-handling, handling, invoiced, canceled)</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not a date like 2024-03-31</source>
        <translation>--since: &quot;%1&quot; não é uma data como 2024-03-31</translation>
    </message>
    <message>
        <source>--concurrency: must be a number from 1 to 64</source>
        <translation>--concurrency: deve ser um número de 1 a 64</translation>
    </message>
    <message>
        <source>No accounts to sync. Add one with: despacho-cli account add-vtex NAME --account ACCOUNT --app-key KEY</source>
        <translation>Nenhuma conta para sincronizar. Adicione uma com: despacho-cli account add-vtex NAME --account ACCOUNT --app-key KEY</translation>
    </message>
    <message>
        <source>Managing accounts needs a supervisor: add --supervisor NAME (PIN from DESPACHO_SUPERVISOR_PIN or standard input).</source>
        <translation>Gerenciar contas exige um supervisor: acrescente --supervisor NAME (PIN em DESPACHO_SUPERVISOR_PIN ou na entrada padrão).</translation>
    </message>
    <message>
        <source>Supervisor authorising the change</source>
        <translation>Supervisor que autoriza a alteração</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>falta um argumento</translation>
    </message>
    <message>
        <source>%1: %2 (usage: %3)</source>
        <translation>%1: %2 (uso: %3)</translation>
    </message>
    <message>
        <source>--account and --app-key are required</source>
        <translation>--account e --app-key são obrigatórios</translation>
    </message>
    <message>
        <source>%1 ORDER_ID [options]; see despacho-cli --help</source>
        <translation>%1 ORDER_ID [opções]; veja despacho-cli --help</translation>
    </message>
    <message>
        <source>Give up waiting after SECONDS (default %1); the commands stay queued</source>
        <translation>Desiste de esperar após SECONDS segundos (padrão %1); os comandos continuam na fila</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a number of seconds from 1 to 86400</source>
        <translation>--timeout: &quot;%1&quot; não é um número de segundos de 1 a 86400</translation>
    </message>
    <message>
        <source>command %1 (%2, account %3, order %4) still queued: %5</source>
        <translation>comando %1 (%2, conta %3, pedido %4) continua na fila: %5</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>ainda sem resposta</translation>
    </message>
    <message>
        <source>no outcome after %1 s; the command stays queued</source>
        <translation>sem resultado após %1 s; o comando continua na fila</translation>
    </message>
    <message>
        <source>another process still holds the outbox after %1 s; the command stays queued</source>
        <translation>outro processo ainda está enviando a fila após %1 s; o comando continua na fila</translation>
    </message>
    <message>
        <source>--role is required</source>
        <translation>--role é obrigatório</translation>
    </message>
    <message>
        <source>operator: unknown subcommand &quot;%1&quot; (usage: operator add|list ...)</source>
        <translation>operator: subcomando desconhecido &quot;%1&quot; (uso: operator add|list ...)</translation>
    </message>
    <message>
        <source>outbox send: gave up after %1 s; %2 commands still queued</source>
        <translation>outbox send: desistiu após %1 s; %2 comandos continuam na fila</translation>
    </message>
    <message>
        <source>outbox send: another process still holds the outbox after %1 s; %2 commands still queued</source>
        <translation>outbox send: outro processo ainda está enviando a fila após %1 s; %2 comandos continuam na fila</translation>
    </message>
    <message>
        <source>outbox: unknown subcommand or option &quot;%1&quot; (usage: outbox [--json] | outbox send [--wait] [--timeout SECONDS] | outbox retry ID | outbox discard ID --supervisor NAME)</source>
        <translation>outbox: subcomando ou opção desconhecida &quot;%1&quot; (uso: outbox [--json] | outbox send [--wait] [--timeout SECONDS] | outbox retry ID | outbox discard ID --supervisor NAME)</translation>
    </message>
    <message>
        <source>command %1: %2</source>
        <translation>comando %1: %2</translation>
    </message>
    <message>
        <source>database %1 could not be read or written: %2</source>
        <translation>não foi possível ler ou gravar o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>account %1: cannot record the sync: %2</source>
        <translation>conta %1: não foi possível registrar a sincronização: %2</translation>
    </message>
    <message>
        <source>e-vendi organizationExternalId</source>
        <translation>organizationExternalId do e-vendi</translation>
    </message>
    <message>
        <source>e-vendi environment: dev or prod</source>
        <translation>ambiente do e-vendi: dev ou prod</translation>
    </message>
    <message>
        <source>e-vendi API base URL (tests, sandbox)</source>
        <translation>URL base da API do e-vendi (testes, sandbox)</translation>
    </message>
    <message>
        <source>--organization and --env are required</source>
        <translation>--organization e --env são obrigatórios</translation>
    </message>
    <message>
        <source>--organization: must not be empty</source>
        <translation>--organization: não pode ficar vazio</translation>
    </message>
    <message>
        <source>--env: &quot;%1&quot; is neither dev nor prod</source>
        <translation>--env: &quot;%1&quot; não é dev nem prod</translation>
    </message>
    <message>
        <source>--env prod: in e-vendi&apos;s prod every transaction is real money (charges and refunds). A supervisor must authorise it: add --supervisor NAME (PIN from DESPACHO_SUPERVISOR_PIN or standard input).</source>
        <translation>--env prod: no prod do e-vendi toda transação é dinheiro real (cobranças e estornos). Um supervisor precisa autorizar: acrescente --supervisor NOME (PIN em DESPACHO_SUPERVISOR_PIN ou na entrada padrão).</translation>
    </message>
    <message>
        <source>No integration token: set DESPACHO_EVENDI_TOKEN or give it as one line on standard input (never on the command line).</source>
        <translation>Sem token de integração: defina DESPACHO_EVENDI_TOKEN ou informe-o numa linha da entrada padrão (nunca na linha de comando).</translation>
    </message>
    <message>
        <source>account %1 saved: e-vendi organization %2, PROD (real money); integration token in the system keychain</source>
        <translation>conta %1 salva: organização %2 do e-vendi, PROD (dinheiro real); token de integração no chaveiro do sistema</translation>
    </message>
    <message>
        <source>account %1 saved: e-vendi organization %2, dev; integration token in the system keychain</source>
        <translation>conta %1 salva: organização %2 do e-vendi, dev; token de integração no chaveiro do sistema</translation>
    </message>
    <message>
        <source>PROD (real money)</source>
        <translation>PROD (dinheiro real)</translation>
    </message>
    <message>
        <source>account: unknown subcommand &quot;%1&quot; (usage: account add-vtex|add-evendi|list|remove ...)</source>
        <translation>account: subcomando desconhecido &quot;%1&quot; (uso: account add-vtex|add-evendi|list|remove ...)</translation>
    </message>
    <message>
        <source>order %1 of account %2 is a %3 order; %4 is for %5 orders</source>
        <translation>o pedido %1 da conta %2 é um pedido %3; %4 é para pedidos %5</translation>
    </message>
    <message>
        <source>account %1 is e-vendi PROD: this is real money</source>
        <translation>a conta %1 é e-vendi PROD: isto é dinheiro real</translation>
    </message>
    <message>
        <source>%1 needs a supervisor&apos;s name and PIN</source>
        <translation>%1 exige o nome e o PIN de um supervisor</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>Código de rastreio</translation>
    </message>
    <message>
        <source>The fiscal note&apos;s https:// address</source>
        <translation>O endereço https:// da nota fiscal</translation>
    </message>
    <message>
        <source>Why the order is canceled (for the audit log)</source>
        <translation>Por que o pedido é cancelado (para o registro de auditoria)</translation>
    </message>
    <message>
        <source>Why the order is refunded</source>
        <translation>Por que o pedido é estornado</translation>
    </message>
    <message>
        <source>Supervisor authorising the refund</source>
        <translation>Supervisor que autoriza o estorno</translation>
    </message>
    <message>
        <source>Boleto refunds: the bank&apos;s code</source>
        <translation>Estorno de boleto: o código do banco</translation>
    </message>
    <message>
        <source>Boleto refunds: the agency</source>
        <translation>Estorno de boleto: a agência</translation>
    </message>
    <message>
        <source>Boleto refunds: the agency&apos;s check digit</source>
        <translation>Estorno de boleto: o dígito da agência</translation>
    </message>
    <message>
        <source>Boleto refunds: the account number</source>
        <translation>Estorno de boleto: o número da conta</translation>
    </message>
    <message>
        <source>Boleto refunds: the account&apos;s check digit</source>
        <translation>Estorno de boleto: o dígito da conta</translation>
    </message>
    <message>
        <source>Boleto refunds: %1</source>
        <translation>Estorno de boleto: %1</translation>
    </message>
    <message>
        <source>Boleto refunds: cpf or cnpj</source>
        <translation>Estorno de boleto: cpf ou cnpj</translation>
    </message>
    <message>
        <source>Boleto refunds: the holder&apos;s CPF or CNPJ</source>
        <translation>Estorno de boleto: o CPF ou CNPJ do titular</translation>
    </message>
    <message>
        <source>Boleto refunds: the account holder&apos;s name</source>
        <translation>Estorno de boleto: o nome do titular da conta</translation>
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
        <translation>Uso: despacho-cli [--data-dir DIR] [--operator NAME] [--json] COMMAND ...

Comandos:
  account add-vtex NAME --account ACCOUNT --app-key KEY [--base-url URL]
                   [--payments-url URL] [--environment ENV] [--supervisor NAME]
                   (app token em DESPACHO_VTEX_APP_TOKEN ou numa linha de stdin)
  account add-evendi NAME --organization ID --env dev|prod [--base-url URL]
                   [--supervisor NAME]   (prod: dinheiro real, exige o supervisor)
                   (token em DESPACHO_EVENDI_TOKEN ou numa linha de stdin)
  account list [--json]
  account remove NAME [--supervisor NAME]
  sync [--account NAME] [--status STATUS]... [--since YYYY-MM-DD] [--concurrency N]
  orders [--account NAME] [--status STATUS] [--search TEXT] [--limit N] [--json]
  show ORDER_ID [--account NAME] [--json]
  operator add NAME --role operator|supervisor [--supervisor NAME]
                   (PINs em DESPACHO_NEW_PIN / DESPACHO_SUPERVISOR_PIN ou stdin)
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
  evendi-cancel ORDER_ID --supervisor NAME [--reason TEXT]   (pedidos recusados)
  evendi-refund ORDER_ID --reason TEXT --supervisor NAME
          [--bank-code C --agency N [--dv-agency D] --account-number N [--dv-account D]
           --account-type T --document-type cpf|cnpj --document-number N
           --holder-name NAME]   (conta bancária: pagamentos por boleto; nunca guardada após o envio)
          (ações: [--account NAME] [--queue-only] [--wait] [--timeout SECONDS]; o
           operador responsável é --operator NAME com DESPACHO_PIN, PIN de supervisor:
           DESPACHO_SUPERVISOR_PIN)
  outbox [--json] | outbox send [--wait] [--timeout SECONDS] | outbox retry ID
  outbox discard ID --supervisor NAME
  audit [--order ORDER_ID] [--who NAME] [--action ACTION] [--json]
  import-tracking FILE [--sheet NAME] [--encoding utf-8|windows-1252]
          [--map COLUMN=FIELD]... [--account NAME] [--dry-run] [--report OUT.csv]
          [--queue-only] [--wait] [--timeout SECONDS]   (campos: order, invoice,
           courier, tracking_number, tracking_url, dispatched, account, none)
  watch-folder DIR [--auto-send --supervisor NAME] [--once] [--account NAME]
          (arquivos CSV e XLSX deixados ali; arquivados em done/ ou failed/ com um relatório)

Códigos de saída: 0 ok, 1 entrada inválida, 2 uso, 3 erro remoto ou de rede,
4 alguns itens falharam, 5 ambiente local indisponível.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>não foi possível gravar o relatório %1: %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>%1 rows: %2 sent, %3 queued, %4 checked (dry run), %5 already applied, %6 duplicates in the file, %7 rejected</source>
        <translation>%1 linhas: %2 enviadas, %3 na fila, %4 conferidas (simulação), %5 já aplicadas, %6 repetidas no arquivo, %7 recusadas</translation>
    </message>
    <message>
        <source>%1 rows still queued after %2 s; they stay in the outbox and are sent later</source>
        <translation>%1 linhas ainda na fila após %2 s; elas continuam na caixa de saída e são enviadas depois</translation>
    </message>
    <message>
        <source>the rows are queued; %1</source>
        <translation>as linhas estão na fila; %1</translation>
    </message>
    <message>
        <source>CSV or XLSX file</source>
        <translation>Arquivo CSV ou XLSX</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet (default: the first visible one with data)</source>
        <translation>A aba da pasta de trabalho (padrão: a primeira visível com dados)</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 or windows-1252 (default: detected)</source>
        <translation>Codificação do CSV: utf-8 ou windows-1252 (padrão: detectada)</translation>
    </message>
    <message>
        <source>COLUMN=FIELD: column (header or letter) to field (order, invoice, courier, tracking_number, tracking_url, dispatched, account, none)</source>
        <translation>COLUNA=CAMPO: coluna (cabeçalho ou letra) para o campo (order, invoice, courier, tracking_number, tracking_url, dispatched, account, none)</translation>
    </message>
    <message>
        <source>Only this account&apos;s orders</source>
        <translation>Só os pedidos desta conta</translation>
    </message>
    <message>
        <source>Validate and report; queue nothing</source>
        <translation>Conferir e relatar; não pôr nada na fila</translation>
    </message>
    <message>
        <source>Write the per-row report (CSV) here</source>
        <translation>Gravar aqui o relatório por linha (CSV)</translation>
    </message>
    <message>
        <source>Queue the rows and return at once</source>
        <translation>Pôr as linhas na fila e voltar imediatamente</translation>
    </message>
    <message>
        <source>import-tracking FILE [--sheet NAME] [--encoding utf-8|windows-1252] [--map COLUMN=FIELD]... [--account NAME] [--dry-run] [--report OUT.csv]</source>
        <translation>import-tracking FILE [--sheet NAME] [--encoding utf-8|windows-1252] [--map COLUMN=FIELD]... [--account NAME] [--dry-run] [--report OUT.csv]</translation>
    </message>
    <message>
        <source>--encoding %1: use utf-8 or windows-1252</source>
        <translation>--encoding %1: use utf-8 ou windows-1252</translation>
    </message>
    <message>
        <source>no account named %1</source>
        <translation>nenhuma conta chamada %1</translation>
    </message>
    <message>
        <source>%1: CSV, %2, fields separated by %3</source>
        <translation>%1: CSV, %2, campos separados por %3</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot;</source>
        <translation>%1: aba &quot;%2&quot;</translation>
    </message>
    <message>
        <source>warning: from row %1 on, accents were already lost (�) before the file got here: export it again or choose another --encoding</source>
        <translation>aviso: a partir da linha %1, os acentos já estavam perdidos (�) antes de o arquivo chegar aqui: exporte-o de novo ou escolha outra --encoding</translation>
    </message>
    <message>
        <source>%1: no header row names the order or the tracking number (Pedido, Rastreio, Order, Tracking…); name the columns or use --map C=order</source>
        <translation>%1: nenhuma linha de cabeçalho indica o pedido ou o código de rastreio (Pedido, Rastreio, Order, Tracking…); dê nome às colunas ou use --map C=order</translation>
    </message>
    <message>
        <source>%1: no column for %2; use --map COLUMN=FIELD</source>
        <translation>%1: nenhuma coluna para %2; use --map COLUNA=CAMPO</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>colunas: %1</translation>
    </message>
    <message>
        <source>cannot queue the rows: %1</source>
        <translation>não foi possível pôr as linhas na fila: %1</translation>
    </message>
    <message>
        <source>The folder to watch</source>
        <translation>A pasta a monitorar</translation>
    </message>
    <message>
        <source>Send each file&apos;s good rows without asking (a supervisor&apos;s decision: --supervisor NAME)</source>
        <translation>Enviar as linhas boas de cada arquivo sem perguntar (decisão de um supervisor: --supervisor NAME)</translation>
    </message>
    <message>
        <source>The supervisor who turns auto-send on</source>
        <translation>O supervisor que liga o envio automático</translation>
    </message>
    <message>
        <source>Handle the files there now, then stop</source>
        <translation>Tratar os arquivos que estão lá agora e parar</translation>
    </message>
    <message>
        <source>How long a file must stay unchanged before it is read</source>
        <translation>Quanto tempo um arquivo deve ficar sem mudar antes de ser lido</translation>
    </message>
    <message>
        <source>watch-folder DIR [--auto-send --supervisor NAME] [--once] [--account NAME]</source>
        <translation>watch-folder DIR [--auto-send --supervisor NAME] [--once] [--account NAME]</translation>
    </message>
    <message>
        <source>--settle-ms %1: give milliseconds</source>
        <translation>--settle-ms %1: informe milissegundos</translation>
    </message>
    <message>
        <source>--auto-send sends without a person confirming each file: it needs --supervisor NAME (PIN from DESPACHO_SUPERVISOR_PIN)</source>
        <translation>--auto-send envia sem que uma pessoa confirme cada arquivo: exige --supervisor NAME (PIN em DESPACHO_SUPERVISOR_PIN)</translation>
    </message>
    <message>
        <source>%1: not readable; moved to %2 (report %3)</source>
        <translation>%1: ilegível; movido para %2 (relatório %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) rejected; moved to %2 (report %3)</source>
        <translation>
            <numerusform>%1: %n linha recusada; movido para %2 (relatório %3)</numerusform>
            <numerusform>%1: %n linhas recusadas; movido para %2 (relatório %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 rows ready, %3 already applied, %4 duplicates, %5 rejected; waiting for a person (or --auto-send)</source>
        <translation>%1: %2 linhas prontas, %3 já aplicadas, %4 repetidas, %5 recusadas; aguardando uma pessoa (ou --auto-send)</translation>
    </message>
    <message>
        <source>another process sends the outbox (%1); the files are filed once it has sent their rows</source>
        <translation>outro processo envia a caixa de saída (%1); os arquivos são arquivados quando ele tiver enviado as linhas</translation>
    </message>
    <message>
        <source>watching %1 (%2)</source>
        <translation>monitorando %1 (%2)</translation>
    </message>
    <message>
        <source>auto-send</source>
        <translation>envio automático</translation>
    </message>
    <message>
        <source>confirm in the app</source>
        <translation>confirmar no aplicativo</translation>
    </message>
</context>
<context>
    <name>despacho::demo::DemoSession</name>
    <message>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation>Não foi possível criar uma pasta temporária para a demonstração: %1</translation>
    </message>
    <message>
        <source>The demo store could not start: %1</source>
        <translation>A loja de demonstração não pôde ser iniciada: %1</translation>
    </message>
</context>
<context>
    <name>despacho::gui::AccountsDialog</name>
    <message>
        <source>The system keychain is not available, so the app token cannot be stored. Start or unlock your desktop&apos;s keyring (GNOME Keyring or KWallet) and save again. Details: %1</source>
        <translation>O chaveiro do sistema não está disponível, então o app token não pode ser guardado. Inicie ou desbloqueie o chaveiro da sua área de trabalho (GNOME Keyring ou KWallet) e salve novamente. Detalhes: %1</translation>
    </message>
    <message>
        <source>The system keychain refused access to the app token. Allow Despacho in the keyring prompt and save again. Details: %1</source>
        <translation>O chaveiro do sistema recusou o acesso ao app token. Permita o Despacho na janela do chaveiro e salve novamente. Detalhes: %1</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Dê um nome à conta.</translation>
    </message>
    <message>
        <source>Use at most 60 characters.</source>
        <translation>Use no máximo 60 caracteres.</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Já existe uma conta chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the VTEX account name.</source>
        <translation>Informe o nome da conta VTEX.</translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits and hyphens, as in the store&apos;s VTEX address.</source>
        <translation>Use apenas letras minúsculas, dígitos e hífens, como no endereço VTEX da loja.</translation>
    </message>
    <message>
        <source>Choose an environment such as vtexcommercestable.</source>
        <translation>Escolha um ambiente, como vtexcommercestable.</translation>
    </message>
    <message>
        <source>Enter the app key.</source>
        <translation>Informe a app key.</translation>
    </message>
    <message>
        <source>The app key cannot contain spaces.</source>
        <translation>A app key não pode conter espaços.</translation>
    </message>
    <message>
        <source>Enter the app token.</source>
        <translation>Informe o app token.</translation>
    </message>
    <message>
        <source>The app token must not start or end with spaces.</source>
        <translation>O app token não pode começar nem terminar com espaços.</translation>
    </message>
    <message>
        <source>Enter a full address such as https://example.com.</source>
        <translation>Informe um endereço completo, como https://exemplo.com.br.</translation>
    </message>
    <message>
        <source>Use https; plain http is accepted only for this computer (127.0.0.1 or localhost).</source>
        <translation>Use https; http simples só é aceito para este computador (127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <source>No token is stored for this account; enter it again.</source>
        <translation>Não há token guardado para esta conta; informe-o novamente.</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>Conta %1 salva.</translation>
    </message>
    <message>
        <source>Press Remove again to delete account %1 and its app token from the keychain. Cached orders stay until they are cleared.</source>
        <translation>Clique em Remover de novo para excluir a conta %1 e o app token dela do chaveiro. Os pedidos em cache ficam até serem limpos.</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Conta %1 removida.</translation>
    </message>
    <message>
        <source>New VTEX account</source>
        <translation>Nova conta VTEX</translation>
    </message>
    <message>
        <source>VTEX account %1</source>
        <translation>Conta VTEX %1</translation>
    </message>
    <message>
        <source>Stored only in the system keychain</source>
        <translation>Guardado apenas no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Deixe em branco para manter o token guardado</translation>
    </message>
    <message>
        <source>Add e-vendi…</source>
        <translation>Adicionar e-vendi…</translation>
    </message>
</context>
<context>
    <name>despacho::gui::AuditModel</name>
    <message>
        <source>Log in</source>
        <translation>Entrada no sistema</translation>
    </message>
    <message>
        <source>PIN refused</source>
        <translation>PIN recusado</translation>
    </message>
    <message>
        <source>Operator locked</source>
        <translation>Operador bloqueado</translation>
    </message>
    <message>
        <source>Operator added</source>
        <translation>Operador adicionado</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reenvio</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descarte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
</context>
<context>
    <name>despacho::gui::AuditView</name>
    <message>
        <source>The newest %1 entries are shown; narrow the filters to see older ones.</source>
        <translation>São exibidos os %1 registros mais recentes; refine os filtros para ver os mais antigos.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas as ações</translation>
    </message>
    <message>
        <source>Entries where this person acted or authorised (exact name)</source>
        <translation>Registros em que esta pessoa agiu ou autorizou (nome exato)</translation>
    </message>
</context>
<context>
    <name>despacho::gui::CancelDialog</name>
    <message>
        <source>Cancel order %1</source>
        <translation>Cancelar pedido %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Keep order</source>
        <translation>Manter pedido</translation>
    </message>
</context>
<context>
    <name>despacho::gui::CarriersDialog</name>
    <message>
        <source>Row %1: the courier needs a name.</source>
        <translation>Linha %1: a transportadora precisa de um nome.</translation>
    </message>
    <message>
        <source>Row %1: %2 is listed twice.</source>
        <translation>Linha %1: %2 aparece duas vezes.</translation>
    </message>
    <message>
        <source>Row %1 (%2): the tracking URL template must be an http(s) address.</source>
        <translation>Linha %1 (%2): o modelo de URL de rastreio deve ser um endereço http(s).</translation>
    </message>
    <message>
        <source>Row %1 (%2): the tracking URL template needs {code} where the tracking number goes.</source>
        <translation>Linha %1 (%2): o modelo de URL de rastreio precisa de {code} no lugar do código de rastreio.</translation>
    </message>
</context>
<context>
    <name>despacho::gui::EvendiAccountDialog</name>
    <message>
        <source>New e-vendi account</source>
        <translation>Nova conta e-vendi</translation>
    </message>
    <message>
        <source>e-vendi account %1</source>
        <translation>Conta e-vendi %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Organization id:</source>
        <translation>Id da organização:</translation>
    </message>
    <message>
        <source>organizationExternalId, as e-vendi gave it</source>
        <translation>organizationExternalId, como o e-vendi informou</translation>
    </message>
    <message>
        <source>dev (tests, no real money)</source>
        <translation>dev (testes, sem dinheiro real)</translation>
    </message>
    <message>
        <source>prod (real money)</source>
        <translation>prod (dinheiro real)</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <source>Base URL (optional):</source>
        <translation>URL base (opcional):</translation>
    </message>
    <message>
        <source> requests per minute</source>
        <translation> requisições por minuto</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Limite de requisições:</translation>
    </message>
    <message>
        <source>Integration token:</source>
        <translation>Token de integração:</translation>
    </message>
    <message>
        <source>Stored only in the system keychain</source>
        <translation>Guardado só no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Deixe vazio para manter o token guardado</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Use de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Já existe uma conta chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the organization id e-vendi gave you.</source>
        <translation>Informe o id da organização que o e-vendi lhe deu.</translation>
    </message>
    <message>
        <source>Enter a full address such as https://e-vendi.com.br/api/.</source>
        <translation>Informe um endereço completo, como https://e-vendi.com.br/api/.</translation>
    </message>
    <message>
        <source>Use https; plain http is accepted only for this computer (127.0.0.1 or localhost).</source>
        <translation>Use https; http simples só é aceito para este computador (127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <source>Enter the integration token.</source>
        <translation>Informe o token de integração.</translation>
    </message>
    <message>
        <source>The token must not start or end with spaces.</source>
        <translation>O token não pode começar nem terminar com espaços.</translation>
    </message>
    <message>
        <source>e-vendi prod</source>
        <translation>e-vendi prod</translation>
    </message>
    <message>
        <source>Account %1 will work on e-vendi&apos;s prod: there every transaction is real money. Closing, canceling and refunding orders charge and pay back customers for real. A supervisor&apos;s PIN is asked next.</source>
        <translation>A conta %1 vai trabalhar no prod do e-vendi: lá toda transação é dinheiro real. Finalizar, cancelar e estornar pedidos cobram e devolvem dinheiro de clientes de verdade. Em seguida é pedido o PIN de um supervisor.</translation>
    </message>
    <message>
        <source>Use prod</source>
        <translation>Usar prod</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nada foi salvo.</translation>
    </message>
    <message>
        <source>Putting account %1 on e-vendi&apos;s prod (real money) needs a supervisor&apos;s PIN now.</source>
        <translation>Colocar a conta %1 no prod do e-vendi (dinheiro real) exige agora o PIN de um supervisor.</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>Conta %1 salva.</translation>
    </message>
</context>
<context>
    <name>despacho::gui::EvendiActionDialog</name>
    <message>
        <source>e-vendi PROD: real money</source>
        <translation>e-vendi PROD: dinheiro real</translation>
    </message>
    <message>
        <source>e-vendi order %1 (number %2) · account %3 · %4 · %5</source>
        <translation>Pedido e-vendi %1 (número %2) · conta %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Tracking code (e-vendi)</source>
        <translation>Código de rastreio (e-vendi)</translation>
    </message>
    <message>
        <source>e-vendi keeps one tracking code per order; sending one replaces the one it had.</source>
        <translation>O e-vendi guarda um código de rastreio por pedido; enviar um substitui o que ele tinha.</translation>
    </message>
    <message>
        <source>Tracking code:</source>
        <translation>Código de rastreio:</translation>
    </message>
    <message>
        <source>Fiscal note (e-vendi)</source>
        <translation>Nota fiscal (e-vendi)</translation>
    </message>
    <message>
        <source>The address where the customer finds the fiscal note (DANFE or XML); e-vendi takes https:// addresses only.</source>
        <translation>O endereço onde o cliente encontra a nota fiscal (DANFE ou XML); o e-vendi só aceita endereços https://.</translation>
    </message>
    <message>
        <source>Fiscal note URL:</source>
        <translation>URL da nota fiscal:</translation>
    </message>
    <message>
        <source>Close order (e-vendi)</source>
        <translation>Finalizar pedido (e-vendi)</translation>
    </message>
    <message>
        <source>Closing tells e-vendi that order %1 is finished: it leaves the open orders and can no longer be canceled, only refunded. Close it once it has shipped.</source>
        <translation>Finalizar avisa o e-vendi que o pedido %1 terminou: ele sai dos pedidos abertos e não pode mais ser cancelado, só estornado. Finalize depois do envio.</translation>
    </message>
    <message>
        <source>Cancel order (e-vendi)</source>
        <translation>Cancelar pedido (e-vendi)</translation>
    </message>
    <message>
        <source>e-vendi cancels only orders whose payment was refused. A supervisor&apos;s PIN is asked next.</source>
        <translation>O e-vendi só cancela pedidos cujo pagamento foi recusado. Em seguida é pedido o PIN de um supervisor.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Refund (e-vendi)</source>
        <translation>Estorno (e-vendi)</translation>
    </message>
    <message>
        <source>Order %1 was paid by boleto: e-vendi returns the money to the bank account below. The account is sent once and then kept nowhere. A supervisor&apos;s PIN is asked next.</source>
        <translation>O pedido %1 foi pago por boleto: o e-vendi devolve o dinheiro para a conta bancária abaixo. A conta é enviada uma vez e não fica guardada em lugar nenhum. Em seguida é pedido o PIN de um supervisor.</translation>
    </message>
    <message>
        <source>e-vendi returns the money of order %1 to the payment it came from. A supervisor&apos;s PIN is asked next.</source>
        <translation>O e-vendi devolve o dinheiro do pedido %1 pelo mesmo meio de pagamento. Em seguida é pedido o PIN de um supervisor.</translation>
    </message>
    <message>
        <source>Bank code:</source>
        <translation>Código do banco:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Agência:</translation>
    </message>
    <message>
        <source>Agency digit:</source>
        <translation>Dígito da agência:</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>Número da conta:</translation>
    </message>
    <message>
        <source>Account digit:</source>
        <translation>Dígito da conta:</translation>
    </message>
    <message>
        <source>Account type:</source>
        <translation>Tipo de conta:</translation>
    </message>
    <message>
        <source>Document type (cpf/cnpj):</source>
        <translation>Tipo de documento (cpf/cnpj):</translation>
    </message>
    <message>
        <source>Holder&apos;s CPF/CNPJ:</source>
        <translation>CPF/CNPJ do titular:</translation>
    </message>
    <message>
        <source>Account holder:</source>
        <translation>Titular da conta:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Close order</source>
        <translation>Finalizar pedido</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>%1 is not possible for e-vendi orders</source>
        <translation>%1 não é possível em pedidos e-vendi</translation>
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
        <translation>Corrija os campos marcados em vermelho; nada foi gravado.</translation>
    </message>
    <message>
        <source>Check the warnings and press OK again to go ahead anyway.</source>
        <translation>Confira os avisos e clique em OK de novo para prosseguir mesmo assim.</translation>
    </message>
</context>
<context>
    <name>despacho::gui::Formatting</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n dia útil</numerusform>
            <numerusform>%n dias úteis</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Canal %1</translation>
    </message>
    <message>
        <source>Channel %1 · %2</source>
        <translation>Canal %1 · %2</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Cartão de crédito</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Cartão de débito</translation>
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
        <translation>Vale-presente</translation>
    </message>
    <message>
        <source>Promissory note</source>
        <translation>Promissória</translation>
    </message>
    <message>
        <source>The local database could not be read or written, so what is shown may be incomplete: %1</source>
        <translation>Não foi possível ler ou gravar o banco de dados local; o que aparece pode estar incompleto: %1</translation>
    </message>
</context>
<context>
    <name>despacho::gui::ImportRowsModel</name>
    <message>
        <source>From the carrier&apos;s URL template</source>
        <translation>Do modelo de URL da transportadora</translation>
    </message>
    <message>
        <source>Double-click to fix this cell in the file&apos;s data</source>
        <translation>Clique duas vezes para corrigir esta célula nos dados do arquivo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Nota fiscal</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Código de rastreio</translation>
    </message>
    <message>
        <source>Tracking URL</source>
        <translation>URL de rastreio</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Data de envio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>despacho::gui::ImportWizard</name>
    <message>
        <source>Detected</source>
        <translation>Detectada</translation>
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
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>tracking-template.csv</source>
        <translation>modelo-rastreio.csv</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>tracking-template.xlsx</source>
        <translation>modelo-rastreio.xlsx</translation>
    </message>
    <message>
        <source>Tick at least one account.</source>
        <translation>Marque pelo menos uma conta.</translation>
    </message>
    <message>
        <source>awaiting-tracking.xlsx</source>
        <translation>aguardando-rastreio.xlsx</translation>
    </message>
    <message>
        <source>-failed.xlsx</source>
        <translation>-falhas.xlsx</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Planilhas (*.xlsx *.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Open a spreadsheet</source>
        <translation>Abrir uma planilha</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Rastreio</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with the newest %n invoice(s) awaiting tracking (more are waiting).</source>
        <translation>
            <numerusform>%1 salvo com a nota fiscal mais recente aguardando rastreio (há mais esperando).</numerusform>
            <numerusform>%1 salvo com as %n notas fiscais mais recentes aguardando rastreio (há mais esperando).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with %n invoice(s) awaiting tracking.</source>
        <translation>
            <numerusform>%1 salvo com %n nota fiscal aguardando rastreio.</numerusform>
            <numerusform>%1 salvo com %n notas fiscais aguardando rastreio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file.</source>
        <translation>Escolha um arquivo CSV ou XLSX.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose the column of: %1</source>
        <translation>Escolha a coluna de: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message numerus="yes">
        <source>CSV read as %1, fields separated by %2; %n row(s).</source>
        <translation>
            <numerusform>CSV lido como %1, campos separados por %2; %n linha.</numerusform>
            <numerusform>CSV lido como %1, campos separados por %2; %n linhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detected (%1)</source>
        <translation>Detectada (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;: %n row(s).</source>
        <translation>
            <numerusform>Aba &quot;%1&quot;: %n linha.</numerusform>
            <numerusform>Aba &quot;%1&quot;: %n linhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>From row %1 on, letters were already lost (�) before the file got here, or the encoding is wrong: try the other encoding, or export the file again.</source>
        <translation>A partir da linha %1, letras já estavam perdidas (�) antes de o arquivo chegar aqui, ou a codificação está errada: tente a outra codificação ou exporte o arquivo de novo.</translation>
    </message>
    <message>
        <source>No row names the order or the tracking number (Pedido, Rastreio, Order, Tracking…): every row is read as data; choose each column&apos;s field.</source>
        <translation>Nenhuma linha indica o pedido ou o código de rastreio (Pedido, Rastreio, Order, Tracking…): todas as linhas são lidas como dados; escolha o campo de cada coluna.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primeiro valor</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Conferindo…</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 with problems, %4 already applied, %5 duplicates in the file</source>
        <translation>%1 linhas: %2 prontas, %3 com problemas, %4 já aplicadas, %5 repetidas no arquivo</translation>
    </message>
    <message>
        <source>No row is ready to send.</source>
        <translation>Nenhuma linha está pronta para envio.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n tracking code(s)</source>
        <translation>
            <numerusform>Enviar %n código de rastreio</numerusform>
            <numerusform>Enviar %n códigos de rastreio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n order(s)?</source>
        <translation>
            <numerusform>para %n pedido?</numerusform>
            <numerusform>para %n pedidos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will not be sent.</source>
        <translation>
            <numerusform>%n linha com problemas não será enviada.</numerusform>
            <numerusform>%n linhas com problemas não serão enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>e-vendi PROD: this is real money (%1).</source>
        <translation>e-vendi PROD: isto é dinheiro de verdade (%1).</translation>
    </message>
    <message>
        <source>Send tracking codes</source>
        <translation>Enviar códigos de rastreio</translation>
    </message>
    <message numerus="yes">
        <source>Send %n</source>
        <translation>
            <numerusform>Enviar %n</numerusform>
            <numerusform>Enviar %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v de %m linhas</translation>
    </message>
    <message>
        <source>Cannot queue the rows: %1</source>
        <translation>Não foi possível pôr as linhas na fila: %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 waiting</source>
        <translation>%1 enviadas, %2 com falha, %3 aguardando</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Parar o envio</translation>
    </message>
    <message numerus="yes">
        <source>Rows already queued are still sent; the %n row(s) not queued yet will not be. Stop?</source>
        <translation>
            <numerusform>As linhas já na fila ainda são enviadas; a %n linha que ainda não entrou na fila não será. Parar?</numerusform>
            <numerusform>As linhas já na fila ainda são enviadas; as %n linhas que ainda não entraram na fila não serão. Parar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhas</translation>
    </message>
</context>
<context>
    <name>despacho::gui::InvoiceDialog</name>
    <message>
        <source>enter the invoice value, e.g. 1.234,56</source>
        <translation>informe o valor da nota fiscal, por exemplo 1.234,56</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in reais; write it as 1.234,56</source>
        <translation>&quot;%1&quot; não é um valor em reais; escreva-o como 1.234,56</translation>
    </message>
    <message>
        <source>set the quantity of at least one item</source>
        <translation>informe a quantidade de pelo menos um item</translation>
    </message>
    <message>
        <source>Invoice order %1</source>
        <translation>Faturar pedido %1</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3 · total %4</source>
        <translation>Pedido %1 · %2 · %3 · total %4</translation>
    </message>
    <message>
        <source>Optional: choose or type a courier</source>
        <translation>Opcional: escolha ou digite uma transportadora</translation>
    </message>
    <message>
        <source>no items chosen</source>
        <translation>nenhum item escolhido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Letters and digits only: VTEX puts the number in the addresses of later calls on this invoice, where spaces, # and / break them.</source>
        <translation>Somente letras e dígitos: a VTEX coloca o número nos endereços das chamadas seguintes sobre esta nota fiscal, e espaços, # e / quebram esses endereços.</translation>
    </message>
    <message>
        <source>From the NF-e key: number %1, series %2, issuer CNPJ %3, issued %4/%5</source>
        <translation>Pela chave da NF-e: número %1, série %2, CNPJ do emitente %3, emitida em %4/%5</translation>
    </message>
    <message>
        <source>the key is of invoice number %1, not %2</source>
        <translation>a chave é da nota número %1, não %2</translation>
    </message>
</context>
<context>
    <name>despacho::gui::LoginDialog</name>
    <message>
        <source>Demo: ana / 1111 (operator), chefe / 9999 (supervisor)</source>
        <translation>Demonstração: ana / 1111 (operador), chefe / 9999 (supervisor)</translation>
    </message>
    <message>
        <source>Choose or type your operator name.</source>
        <translation>Escolha ou digite seu nome de operador.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Informe seu PIN.</translation>
    </message>
    <message>
        <source>Choose a name for the supervisor: %1.</source>
        <translation>Escolha um nome para o supervisor: %1.</translation>
    </message>
    <message>
        <source>The two PINs do not match; type the same PIN twice.</source>
        <translation>Os dois PINs não coincidem; digite o mesmo PIN duas vezes.</translation>
    </message>
    <message>
        <source>Create the first supervisor</source>
        <translation>Criar o primeiro supervisor</translation>
    </message>
    <message>
        <source>Despacho has no operators yet. Create the first supervisor: they can add the other operators and authorise cancellations.</source>
        <translation>O Despacho ainda não tem operadores. Crie o primeiro supervisor: ele poderá adicionar os outros operadores e autorizar cancelamentos.</translation>
    </message>
    <message>
        <source>e.g. maria</source>
        <translation>ex.: maria</translation>
    </message>
    <message>
        <source>&amp;Create supervisor</source>
        <translation>Criar &amp;supervisor</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Who is working at this station?</source>
        <translation>Quem está trabalhando nesta estação?</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nome do operador</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 a 12 dígitos</translation>
    </message>
    <message>
        <source>Quit Despacho?</source>
        <translation>Sair do Despacho?</translation>
    </message>
    <message>
        <source>Nobody is logged in. Quit Despacho, or go back and log in?</source>
        <translation>Ninguém entrou. Sair do Despacho, ou voltar e entrar?</translation>
    </message>
    <message>
        <source>&amp;Quit Despacho</source>
        <translation>&amp;Sair do Despacho</translation>
    </message>
    <message>
        <source>&amp;Back to login</source>
        <translation>&amp;Voltar para a entrada</translation>
    </message>
</context>
<context>
    <name>despacho::gui::MainWindow</name>
    <message>
        <source>About Despacho</source>
        <translation>Sobre o Despacho</translation>
    </message>
    <message>
        <source>Despacho — demo</source>
        <translation>Despacho — demonstração</translation>
    </message>
    <message>
        <source>Despacho</source>
        <translation>Despacho</translation>
    </message>
    <message>
        <source>Managing accounts and their credentials needs a supervisor.</source>
        <translation>Gerenciar contas e suas credenciais exige um supervisor.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Fila de envio</translation>
    </message>
    <message>
        <source>%1 for order %2: %3 — %4</source>
        <translation>%1 do pedido %2: %3 — %4</translation>
    </message>
    <message>
        <source>Managing operators needs a supervisor.</source>
        <translation>Gerenciar operadores exige um supervisor.</translation>
    </message>
    <message>
        <source>Audit log — Despacho</source>
        <translation>Registro de auditoria — Despacho</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Nenhum operador conectado</translation>
    </message>
    <message>
        <source>Operator: %1 (supervisor)</source>
        <translation>Operador: %1 (supervisor)</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operador: %1</translation>
    </message>
    <message>
        <source>Switch operator: %1</source>
        <translation>Trocar operador: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n a enviar</numerusform>
            <numerusform>%n a enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retrying</source>
        <translation>
            <numerusform>%n em nova tentativa</numerusform>
            <numerusform>%n em nova tentativa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Fila de envio vazia</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>Fila de envio: %1</translation>
    </message>
    <message>
        <source>sent by another Despacho</source>
        <translation>enviada por outro Despacho</translation>
    </message>
    <message>
        <source>Scanned NF-e key %1: its check digit is wrong (misread?); scan it again.</source>
        <translation>Chave de NF-e lida %1: o dígito verificador está errado (leitura ruim?); leia de novo.</translation>
    </message>
    <message>
        <source>Scanned NF-e key of invoice %1: open the order first (scan its order barcode), then the DANFE.</source>
        <translation>Chave de NF-e da nota %1 lida: abra o pedido primeiro (leia o código de barras do pedido), depois o DANFE.</translation>
    </message>
    <message>
        <source>Scanned NF-e key of invoice %1, but order %2 cannot be invoiced now: %3</source>
        <translation>Chave de NF-e da nota %1 lida, mas o pedido %2 não pode ser faturado agora: %3</translation>
    </message>
    <message>
        <source>Scanned tracking code %1: no order has it, and no order is open to add it to. Scan the order barcode first.</source>
        <translation>Código de rastreio lido %1: nenhum pedido o tem, e não há pedido aberto para recebê-lo. Leia primeiro o código de barras do pedido.</translation>
    </message>
    <message>
        <source>Scanned tracking code %1, but it cannot go on order %2 now: %3</source>
        <translation>Código de rastreio lido %1, mas ele não pode ir para o pedido %2 agora: %3</translation>
    </message>
    <message>
        <source>Scanned &quot;%1&quot;: not an order, an NF-e key or a tracking code; nothing was done.</source>
        <translation>Lido &quot;%1&quot;: não é pedido, chave de NF-e nem código de rastreio; nada foi feito.</translation>
    </message>
    <message numerus="yes">
        <source>No packing slip for %n order(s) whose details are not downloaded yet (sync with F5): %1</source>
        <translation>
            <numerusform>Sem romaneio para %n pedido cujos detalhes ainda não foram baixados (sincronize com F5): %1</numerusform>
            <numerusform>Sem romaneio para %n pedidos cujos detalhes ainda não foram baixados (sincronize com F5): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No store account is configured yet. Add one in File &gt; Accounts.</source>
        <translation>Nenhuma conta de loja configurada ainda. Adicione uma em Arquivo &gt; Contas.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Despacho %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Back office for online store warehouses: order queues, search and barcode scan, order details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Despacho %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Retaguarda para expedição de lojas online: filas de pedidos, busca e leitura de código de barras, detalhes dos pedidos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Outbox cannot be read</source>
        <translation>Não é possível ler a fila de envio</translation>
    </message>
    <message>
        <source>Log in first: the rows are sent in the name of whoever is logged in.</source>
        <translation>Entre primeiro: as linhas são enviadas em nome de quem estiver conectado.</translation>
    </message>
    <message>
        <source>Sending a watched folder&apos;s files without asking needs a supervisor.</source>
        <translation>Enviar os arquivos de uma pasta monitorada sem perguntar exige um supervisor.</translation>
    </message>
    <message>
        <source>Watched folder: %1 is ready to check and send</source>
        <translation>Pasta monitorada: %1 está pronto para conferir e enviar</translation>
    </message>
    <message>
        <source>Watched folder: %1 sent; filed in %2</source>
        <translation>Pasta monitorada: %1 enviado; arquivado em %2</translation>
    </message>
    <message numerus="yes">
        <source>Watched folder: %1 filed in %2 with %n row(s) not sent</source>
        <translation>
            <numerusform>Pasta monitorada: %1 arquivado em %2 com %n linha não enviada</numerusform>
            <numerusform>Pasta monitorada: %1 arquivado em %2 com %n linhas não enviadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Watched folder: %1</source>
        <translation>Pasta monitorada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) waiting</source>
        <translation>
            <numerusform>%n lote aguardando</numerusform>
            <numerusform>%n lotes aguardando</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1 in the import wizard</source>
        <translation>Abrir %1 no assistente de importação</translation>
    </message>
</context>
<context>
    <name>despacho::gui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fechar aviso</translation>
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
        <translation>Operador</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (desativado)</translation>
    </message>
    <message>
        <source>Enter a valid name: %1.</source>
        <translation>Informe um nome válido: %1.</translation>
    </message>
    <message>
        <source>Enter the new operator&apos;s PIN: %1.</source>
        <translation>Informe o PIN do novo operador: %1.</translation>
    </message>
    <message>
        <source>The two PINs for %1 do not match; type the same PIN twice.</source>
        <translation>Os dois PINs de %1 não coincidem; digite o mesmo PIN duas vezes.</translation>
    </message>
    <message>
        <source>%1, enter your own PIN to authorise adding %2.</source>
        <translation>%1, informe seu próprio PIN para autorizar a inclusão de %2.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Bloqueado até</translation>
    </message>
    <message>
        <source>PIN of %1 (supervisor):</source>
        <translation>PIN de %1 (supervisor):</translation>
    </message>
    <message>
        <source>Your own PIN, to authorise this addition</source>
        <translation>Seu próprio PIN, para autorizar esta inclusão</translation>
    </message>
</context>
<context>
    <name>despacho::gui::OrderActionController</name>
    <message>
        <source>Log in (File &gt; Switch operator) to act on orders.</source>
        <translation>Faça login (Arquivo &gt; Trocar operador) para agir sobre os pedidos.</translation>
    </message>
    <message>
        <source>Select an order whose details have been downloaded.</source>
        <translation>Selecione um pedido cujos detalhes já tenham sido baixados.</translation>
    </message>
    <message>
        <source>Order %1 has a command waiting to be sent (see its Commands tab); wait until it is sent or has failed.</source>
        <translation>O pedido %1 tem um comando aguardando envio (veja a aba Comandos); aguarde até que ele seja enviado ou falhe.</translation>
    </message>
    <message>
        <source>Send an invoice (NF-e) for all or part of the order&apos;s items</source>
        <translation>Enviar uma nota fiscal (NF-e) de todos os itens do pedido ou de parte deles</translation>
    </message>
    <message>
        <source>Add the courier and tracking number to one of the order&apos;s invoices</source>
        <translation>Adicionar a transportadora e o código de rastreio a uma das notas fiscais do pedido</translation>
    </message>
    <message>
        <source>Send the shipment&apos;s tracking events, or mark it delivered</source>
        <translation>Enviar os eventos de rastreio da remessa ou marcá-la como entregue</translation>
    </message>
    <message>
        <source>Cancel the order (a supervisor&apos;s PIN is required)</source>
        <translation>Cancelar o pedido (é necessário o PIN de um supervisor)</translation>
    </message>
    <message>
        <source>Canceling order %1 needs a supervisor&apos;s PIN now. Reason: %2</source>
        <translation>Cancelar o pedido %1 exige agora o PIN de um supervisor. Motivo: %2</translation>
    </message>
    <message>
        <source>%1 for order %2 was not queued: %3</source>
        <translation>%1 do pedido %2 não entrou na fila: %3</translation>
    </message>
    <message>
        <source>%1 for order %2 queued as command %3; sending…</source>
        <translation>%1 do pedido %2 entrou na fila como comando %3; enviando…</translation>
    </message>
    <message>
        <source>Restored what was typed in this form on %1 (it had not been sent).</source>
        <translation>Restaurado o que foi digitado neste formulário em %1 (ainda não tinha sido enviado).</translation>
    </message>
    <message>
        <source>%1 and %2 for order %3 queued as commands %4 and %5; sending…</source>
        <translation>%1 e %2 do pedido %3 na fila como comandos %4 e %5; enviando…</translation>
    </message>
    <message>
        <source>The outbox of order %1 cannot be read, so nothing can be queued on it; see the log, and check the disk.</source>
        <translation>A fila de envio do pedido %1 não pôde ser lida, então nada pode ser enfileirado nele; veja o registro e confira o disco.</translation>
    </message>
    <message>
        <source>Tell the store the warehouse started handling this order</source>
        <translation>Informar à loja que o armazém começou o manuseio deste pedido</translation>
    </message>
    <message>
        <source>%1 orders are worked with their own forms.</source>
        <translation>Pedidos %1 são trabalhados com os próprios formulários.</translation>
    </message>
    <message>
        <source>Only e-vendi orders are closed or refunded here</source>
        <translation>Só pedidos e-vendi são finalizados ou estornados aqui</translation>
    </message>
    <message>
        <source>e-vendi takes the fiscal note&apos;s address, not its key: use Invoice (Ctrl+I) to send it</source>
        <translation>O e-vendi recebe o endereço da nota fiscal, não a chave: use Faturar (Ctrl+I) para enviá-lo</translation>
    </message>
    <message>
        <source>%1 is not possible for e-vendi orders</source>
        <translation>%1 não é possível em pedidos e-vendi</translation>
    </message>
    <message>
        <source>Send the fiscal note&apos;s address (https) to e-vendi</source>
        <translation>Enviar o endereço (https) da nota fiscal ao e-vendi</translation>
    </message>
    <message>
        <source>Send the tracking code to e-vendi</source>
        <translation>Enviar o código de rastreio ao e-vendi</translation>
    </message>
    <message>
        <source>Cancel the order in e-vendi: refused payments only (a supervisor&apos;s PIN is required)</source>
        <translation>Cancelar o pedido no e-vendi: só pagamentos recusados (exige o PIN de um supervisor)</translation>
    </message>
    <message>
        <source>Tell e-vendi the order is finished</source>
        <translation>Avisar o e-vendi que o pedido está finalizado</translation>
    </message>
    <message>
        <source>Refund the order in e-vendi (a supervisor&apos;s PIN is required)</source>
        <translation>Estornar o pedido no e-vendi (exige o PIN de um supervisor)</translation>
    </message>
    <message>
        <source>Refunding e-vendi order %1 needs a supervisor&apos;s PIN now. Reason: %2</source>
        <translation>Estornar o pedido e-vendi %1 exige agora o PIN de um supervisor. Motivo: %2</translation>
    </message>
    <message>
        <source>Canceling e-vendi order %1 needs a supervisor&apos;s PIN now. Reason: %2</source>
        <translation>Cancelar o pedido e-vendi %1 exige agora o PIN de um supervisor. Motivo: %2</translation>
    </message>
</context>
<context>
    <name>despacho::gui::OrderBanner</name>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Order %1 · #%2</source>
        <translation>Pedido %1 · nº %2</translation>
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
        <translation>Devolução (entrada)</translation>
    </message>
    <message>
        <source>Sale (output)</source>
        <translation>Venda (saída)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Invoices &amp;&amp; tracking</source>
        <translation>Notas fiscais &amp;&amp; rastreio</translation>
    </message>
    <message>
        <source>Invoices &amp;&amp; tracking (%1)</source>
        <translation>Notas fiscais &amp;&amp; rastreio (%1)</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>Selecione um pedido para ver os detalhes.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>The details of this order have not been downloaded yet. Sync (F5) to fetch them.</source>
        <translation>Os detalhes deste pedido ainda não foram baixados. Sincronize (F5) para buscá-los.</translation>
    </message>
    <message>
        <source>The stored details of this order cannot be read: %1</source>
        <translation>Os detalhes guardados deste pedido não podem ser lidos: %1</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>Pedido %1 · %2 · %3</translation>
    </message>
    <message>
        <source>sales channel %1</source>
        <translation>canal de vendas %1</translation>
    </message>
    <message>
        <source>affiliate %1</source>
        <translation>afiliado %1</translation>
    </message>
    <message>
        <source>Not a company</source>
        <translation>Pessoa física</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unidade</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (authorised by %2)</source>
        <translation>%1 (autorizado por %2)</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
    <message>
        <source>Commands (%1)</source>
        <translation>Comandos (%1)</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Carregando a foto…</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sem foto</translation>
    </message>
    <message>
        <source>tracking code %1 (%2)</source>
        <translation>código de rastreio %1 (%2)</translation>
    </message>
    <message>
        <source>fiscal note %1 (%2)</source>
        <translation>nota fiscal %1 (%2)</translation>
    </message>
    <message>
        <source>closed (%1)</source>
        <translation>finalizado (%1)</translation>
    </message>
    <message>
        <source>canceled (%1)</source>
        <translation>cancelado (%1)</translation>
    </message>
    <message>
        <source>refunded (%1)</source>
        <translation>estornado (%1)</translation>
    </message>
    <message>
        <source>Sent to e-vendi by Despacho: nothing yet</source>
        <translation>Enviado ao e-vendi pelo Despacho: nada ainda</translation>
    </message>
    <message>
        <source>Sent to e-vendi by Despacho: %1</source>
        <translation>Enviado ao e-vendi pelo Despacho: %1</translation>
    </message>
    <message>
        <source>%1 · payment %2</source>
        <translation>%1 · pagamento %2</translation>
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
        <translation>&amp;Transportadora:</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>Todas as transportadoras</translation>
    </message>
    <message>
        <source>Sales cha&amp;nnel:</source>
        <translation>Ca&amp;nal de venda:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
    <message>
        <source>Ship &amp;by:</source>
        <translation>&amp;Despachar até:</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Qualquer dia</translation>
    </message>
    <message>
        <source>Today (late ones too)</source>
        <translation>Hoje (e os atrasados)</translation>
    </message>
    <message>
        <source>Up to tomorrow</source>
        <translation>Até amanhã</translation>
    </message>
    <message>
        <source>Up to the day…</source>
        <translation>Até o dia…</translation>
    </message>
    <message>
        <source>Late onl&amp;y</source>
        <translation>Só at&amp;rasados</translation>
    </message>
    <message>
        <source>Orders whose ship-by time has passed and that are not invoiced or canceled yet</source>
        <translation>Pedidos cujo prazo de despacho já passou e que ainda não foram faturados nem cancelados</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Limpar filtros</translation>
    </message>
    <message>
        <source>Show every order of the queue again</source>
        <translation>Mostrar de novo todos os pedidos da fila</translation>
    </message>
</context>
<context>
    <name>despacho::gui::OrderListPane</name>
    <message>
        <source>No order matches &quot;%1&quot;.</source>
        <translation>Nenhum pedido corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Search by order, sequence, client, CPF/CNPJ, e-mail, SKU, EAN or tracking number; scan a barcode (Ctrl+F)</source>
        <translation>Buscar por pedido, sequência, cliente, CPF/CNPJ, e-mail, SKU, EAN ou código de rastreio; ler código de barras (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>despacho::gui::OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Rastreio</translation>
    </message>
    <message>
        <source>Store pickup</source>
        <translation>Retirada na loja</translation>
    </message>
    <message>
        <source>Store pickup · %1</source>
        <translation>Retirada na loja · %1</translation>
    </message>
    <message>
        <source>Late: should have shipped %1 ago (ship by %2)</source>
        <translation>Atrasado: deveria ter sido despachado há %1 (despachar até %2)</translation>
    </message>
    <message>
        <source>Ship by %1</source>
        <translation>Despachar até %1</translation>
    </message>
    <message>
        <source>The customer picks this order up in the store: nothing to hand to a carrier</source>
        <translation>O cliente retira este pedido na loja: nada a entregar a uma transportadora</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Despachar até</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Canal de venda</translation>
    </message>
    <message>
        <source>The store gave no shipping date for this order</source>
        <translation>A loja não informou prazo de despacho para este pedido</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
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
        <translation>%1 (autorizado por %2)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próxima tentativa</translation>
    </message>
    <message>
        <source>Last error / receipt</source>
        <translation>Último erro / recibo</translation>
    </message>
</context>
<context>
    <name>despacho::gui::OutboxView</name>
    <message>
        <source>&amp;Pending (%1)</source>
        <translation>&amp;Pendentes (%1)</translation>
    </message>
    <message>
        <source>&amp;Failed (%1)</source>
        <translation>Com &amp;falha (%1)</translation>
    </message>
    <message>
        <source>Re&amp;trying (%1)</source>
        <translation>Em &amp;nova tentativa (%1)</translation>
    </message>
    <message>
        <source>&amp;Sent today (%1)</source>
        <translation>&amp;Enviados hoje (%1)</translation>
    </message>
    <message>
        <source>A&amp;ll (%1)</source>
        <translation>&amp;Todos (%1)</translation>
    </message>
    <message>
        <source>Log in to retry or discard commands.</source>
        <translation>Faça login para reenviar ou descartar comandos.</translation>
    </message>
    <message>
        <source>Select a failed or retrying command to send it again.</source>
        <translation>Selecione um comando com falha ou em nova tentativa para reenviá-lo.</translation>
    </message>
    <message>
        <source>Select a pending, retrying or failed command to discard it.</source>
        <translation>Selecione um comando pendente, em nova tentativa ou com falha para descartá-lo.</translation>
    </message>
    <message>
        <source>Only failed or retrying commands can be sent again; command %1 is %2.</source>
        <translation>Só comandos com falha ou em nova tentativa podem ser reenviados; o comando %1 está no estado %2.</translation>
    </message>
    <message>
        <source>Only pending, retrying or failed commands can be discarded; command %1 is %2.</source>
        <translation>Só comandos pendentes, em nova tentativa ou com falha podem ser descartados; o comando %1 está no estado %2.</translation>
    </message>
    <message>
        <source>Send the selected commands again now (%1).</source>
        <translation>Reenviar agora os comandos selecionados (%1).</translation>
    </message>
    <message>
        <source>Shortcut: %1.</source>
        <translation>Atalho: %1.</translation>
    </message>
    <message>
        <source>Drop the selected commands without sending them; a supervisor must authorise (%1).</source>
        <translation>Descartar os comandos selecionados sem enviá-los; um supervisor precisa autorizar (%1).</translation>
    </message>
    <message>
        <source>Command %1 (order %2): %3</source>
        <translation>Comando %1 (pedido %2): %3</translation>
    </message>
    <message>
        <source>%1 for order %2</source>
        <translation>%1 do pedido %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) discarded, authorised by %1.</source>
        <translation>
            <numerusform>%n comando descartado, com autorização de %1.</numerusform>
            <numerusform>%n comandos descartados, com autorização de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands waiting to be sent or being sent</source>
        <translation>Comandos aguardando envio ou sendo enviados</translation>
    </message>
    <message>
        <source>Commands that failed for a passing reason and will be sent again automatically</source>
        <translation>Comandos que falharam por um motivo passageiro e serão reenviados automaticamente</translation>
    </message>
    <message>
        <source>Every command, newest first</source>
        <translation>Todos os comandos, dos mais recentes aos mais antigos</translation>
    </message>
    <message>
        <source>Discarding drops these commands without sending them to the store: %1. A supervisor must authorise it.</source>
        <translation>O descarte remove estes comandos sem enviá-los à loja: %1. Um supervisor precisa autorizá-lo.</translation>
    </message>
    <message>
        <source>Commands refused by the store; retry or discard them</source>
        <translation>Comandos recusados pela loja; reenvie-os ou descarte-os</translation>
    </message>
    <message>
        <source>Commands the store accepted today</source>
        <translation>Comandos que a loja aceitou hoje</translation>
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
        <translation>Referência: %1</translation>
    </message>
    <message>
        <source>PACKING SLIP</source>
        <translation>ROMANEIO DE SEPARAÇÃO</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation>Sequência %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>criado em %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Loja: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>SHIP TO</source>
        <translation>ENTREGAR A</translation>
    </message>
    <message>
        <source>CARRIER</source>
        <translation>TRANSPORTADORA</translation>
    </message>
    <message>
        <source>Estimated delivery %1</source>
        <translation>Entrega prevista %1</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>QTD</translation>
    </message>
    <message>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>REFERÊNCIA</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUTO</translation>
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
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unidade</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Packed by: ____________________    Checked by: ____________________</source>
        <translation>Embalado por: ____________________    Conferido por: ____________________</translation>
    </message>
    <message>
        <source>No order to print.</source>
        <translation>Nenhum pedido para imprimir.</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>A impressora não pode ser usada.</translation>
    </message>
    <message>
        <source>The printer did not start a new page.</source>
        <translation>A impressora não iniciou uma nova página.</translation>
    </message>
    <message>
        <source>Packing slip — order %1</source>
        <translation>Romaneio — pedido %1</translation>
    </message>
    <message numerus="yes">
        <source>Packing slips — %n order(s)</source>
        <translation>
            <numerusform>Romaneios — %n pedido</numerusform>
            <numerusform>Romaneios — %n pedidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>despacho::gui::QueuePane</name>
    <message>
        <source>All accounts</source>
        <translation>Todas as contas</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Queues (filtered)</source>
        <translation>Filas (filtradas)</translation>
    </message>
    <message>
        <source>The counts are of the orders the filters above the list show</source>
        <translation>As contagens são dos pedidos que os filtros acima da lista mostram</translation>
    </message>
</context>
<context>
    <name>despacho::gui::StartHandlingDialog</name>
    <message>
        <source>Start handling order %1</source>
        <translation>Iniciar manuseio do pedido %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in %1 line(s)</source>
        <translation>
            <numerusform>%n unidade em %1 linha(s)</numerusform>
            <numerusform>%n unidades em %1 linha(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>Iniciar manuseio</translation>
    </message>
</context>
<context>
    <name>despacho::gui::SupervisorPrompt</name>
    <message>
        <source>Choose the supervisor who authorises this.</source>
        <translation>Escolha o supervisor que autoriza esta ação.</translation>
    </message>
    <message>
        <source>The supervisor must enter their PIN.</source>
        <translation>O supervisor deve informar o próprio PIN.</translation>
    </message>
    <message>
        <source>This action needs a supervisor&apos;s authorisation.</source>
        <translation>Esta ação exige a autorização de um supervisor.</translation>
    </message>
    <message>
        <source>&amp;Authorise</source>
        <translation>&amp;Autorizar</translation>
    </message>
    <message>
        <source>Entered by the supervisor</source>
        <translation>Digitado pelo supervisor</translation>
    </message>
    <message>
        <source>There is no supervisor yet; a supervisor must be added before this action.</source>
        <translation>Ainda não há supervisor; é preciso adicionar um supervisor antes desta ação.</translation>
    </message>
</context>
<context>
    <name>despacho::gui::SyncController</name>
    <message>
        <source>Account %1: the sync stopped: %2</source>
        <translation>Conta %1: a sincronização parou: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) listed</source>
        <translation>
            <numerusform>%n pedido listado</numerusform>
            <numerusform>%n pedidos listados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) failed</source>
        <translation>
            <numerusform>%n pedido falhou</numerusform>
            <numerusform>%n pedidos falharam</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1: cannot record the sync: %2</source>
        <translation>Conta %1: não foi possível registrar a sincronização: %2</translation>
    </message>
    <message numerus="yes">
        <source>Account %1: %n order(s) could not be fetched.</source>
        <translation>
            <numerusform>Conta %1: %n pedido não pôde ser baixado.</numerusform>
            <numerusform>Conta %1: %n pedidos não puderam ser baixados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Última sincronização: nunca</translation>
    </message>
    <message>
        <source>(canceled)</source>
        <translation>(cancelada)</translation>
    </message>
    <message numerus="yes">
        <source>(%n order(s) failed)</source>
        <translation>
            <numerusform>(%n pedido falhou)</numerusform>
            <numerusform>(%n pedidos falharam)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>despacho::gui::SyncStatusWidget</name>
    <message>
        <source>No account configured</source>
        <translation>Nenhuma conta configurada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the sync; what was downloaded is kept</source>
        <translation>Interromper a sincronização; o que já foi baixado é mantido</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Listing orders: page %1 of %2</source>
        <translation>Listando pedidos: página %1 de %2</translation>
    </message>
    <message>
        <source>Downloading orders: %1 of %2</source>
        <translation>Baixando pedidos: %1 de %2</translation>
    </message>
</context>
<context>
    <name>despacho::gui::TrackingDialog</name>
    <message>
        <source>%1 · %2 · issued %3</source>
        <translation>%1 · %2 · emitida em %3</translation>
    </message>
    <message>
        <source>Tracking for order %1</source>
        <translation>Rastreio do pedido %1</translation>
    </message>
    <message>
        <source>Order %1 · %2 · shipping to %3</source>
        <translation>Pedido %1 · %2 · entrega para %3</translation>
    </message>
    <message>
        <source>Choose or type the courier</source>
        <translation>Escolha ou digite a transportadora</translation>
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
        <translation>a nota fiscal %1 ainda não tem código de rastreio; adicione antes a transportadora e o código de rastreio</translation>
    </message>
    <message>
        <source>Tracking events for order %1</source>
        <translation>Eventos de rastreio do pedido %1</translation>
    </message>
    <message>
        <source>Order %1 · %2 · shipping to %3</source>
        <translation>Pedido %1 · %2 · entrega para %3</translation>
    </message>
</context>
<context>
    <name>despacho::gui::TrackingUrlAutoFill</name>
    <message>
        <source>Typed by hand: kept when the number or the courier changes. Click to use the courier&apos;s tracking page instead.</source>
        <translation>Digitado à mão: fica mesmo se o código ou a transportadora mudarem. Clique para usar a página de rastreio da transportadora.</translation>
    </message>
    <message>
        <source>Filled from the courier&apos;s tracking page and the number.</source>
        <translation>Preenchido pela página de rastreio da transportadora e pelo código.</translation>
    </message>
</context>
<context>
    <name>despacho::gui::TransactionPanel</name>
    <message>
        <source>Loading transaction…</source>
        <translation>Carregando transação…</translation>
    </message>
    <message>
        <source>Load transaction details</source>
        <translation>Carregar detalhes da transação</translation>
    </message>
    <message>
        <source>Payments gateway transaction</source>
        <translation>Transação no gateway de pagamentos</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transação:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Início:</translation>
    </message>
    <message>
        <source>Authorized:</source>
        <translation>Autorizada em:</translation>
    </message>
    <message>
        <source>Settled:</source>
        <translation>Liquidada em:</translation>
    </message>
    <message>
        <source>Canceled:</source>
        <translation>Cancelada em:</translation>
    </message>
    <message>
        <source>Statement name:</source>
        <translation>Nome na fatura:</translation>
    </message>
    <message>
        <source>Ask the store&apos;s payments gateway for this transaction&apos;s current state</source>
        <translation>Consultar o estado atual desta transação no gateway de pagamentos da loja</translation>
    </message>
</context>
<context>
    <name>despacho::gui::WatchFolderDialog</name>
    <message>
        <source>Watched folder</source>
        <translation>Pasta monitorada</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
</context>
<context>
    <name>despacho::importer::ColumnMapping</name>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Nota fiscal</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Código de rastreio</translation>
    </message>
    <message>
        <source>Tracking URL</source>
        <translation>URL de rastreio</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Data de envio</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>--map %1: write COLUMN=FIELD (for example &quot;Objeto=tracking_number&quot; or &quot;C=order&quot;)</source>
        <translation>--map %1: escreva COLUNA=CAMPO (por exemplo &quot;Objeto=tracking_number&quot; ou &quot;C=order&quot;)</translation>
    </message>
    <message>
        <source>--map %1: unknown field &quot;%2&quot; (fields: order, invoice, courier, tracking_number, tracking_url, dispatched, account, none)</source>
        <translation>--map %1: campo desconhecido &quot;%2&quot; (campos: order, invoice, courier, tracking_number, tracking_url, dispatched, account, none)</translation>
    </message>
    <message>
        <source>--map %1: the file has no column &quot;%2&quot; (give its header or its letter)</source>
        <translation>--map %1: o arquivo não tem a coluna &quot;%2&quot; (informe o cabeçalho ou a letra)</translation>
    </message>
</context>
<context>
    <name>despacho::importer::CsvReader</name>
    <message>
        <source>the file has %1 MB; the limit is %2 MB</source>
        <translation>o arquivo tem %1 MB; o limite é %2 MB</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (use utf-8 or windows-1252)</source>
        <translation>codificação desconhecida &quot;%1&quot; (use utf-8 ou windows-1252)</translation>
    </message>
    <message>
        <source>this is not a text file; save the spreadsheet as CSV or XLSX</source>
        <translation>este não é um arquivo de texto; salve a planilha como CSV ou XLSX</translation>
    </message>
    <message>
        <source>the file has more than %L1 rows; split it</source>
        <translation>o arquivo tem mais de %L1 linhas; divida-o</translation>
    </message>
    <message>
        <source>the file has no data</source>
        <translation>o arquivo não tem dados</translation>
    </message>
</context>
<context>
    <name>despacho::importer::FolderWatcher</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>a pasta %1 não existe</translation>
    </message>
    <message>
        <source>cannot create %1 in %2</source>
        <translation>não foi possível criar %1 em %2</translation>
    </message>
    <message>
        <source>no header row names the order and the tracking number (Pedido, Rastreio, Order, Tracking…)</source>
        <translation>nenhuma linha de cabeçalho indica o pedido e o código de rastreio (Pedido, Rastreio, Order, Tracking…)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no batch for %1</source>
        <translation>nenhum lote para %1</translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>não foi possível gravar o relatório %1: %2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>não foi possível mover %1 para %2</translation>
    </message>
</context>
<context>
    <name>despacho::importer::ImportRows</name>
    <message>
        <source>column %1</source>
        <translation>coluna %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>OK (dry run)</source>
        <translation>OK (simulação)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>Repetida no arquivo</translation>
    </message>
    <message>
        <source>Already applied</source>
        <translation>Já aplicada</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>the date was the number %1 (how Excel stores dates); read as %2</source>
        <translation>a data era o número %1 (como o Excel guarda datas); lida como %2</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;: the spreadsheet turned it into a number and lost its digits; format the column as text and type it again</source>
        <translation>%1 é &quot;%2&quot;: a planilha transformou o valor em número e perdeu dígitos; formate a coluna como texto e digite de novo</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (write dd/mm/yyyy or dd/mm/yyyy hh:mm)</source>
        <translation>%1: &quot;%2&quot; não é uma data (escreva dd/mm/aaaa ou dd/mm/aaaa hh:mm)</translation>
    </message>
    <message>
        <source>the row has characters that were lost before the file got here (� where accents were): fix the file&apos;s encoding</source>
        <translation>a linha tem caracteres que se perderam antes de o arquivo chegar aqui (� onde havia acentos): corrija a codificação do arquivo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>despacho::importer::Spreadsheet</name>
    <message>
        <source>the file has %1 MB; files up to %2 MB can be imported</source>
        <translation>o arquivo tem %1 MB; podem ser importados arquivos de até %2 MB</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: arquivo inexistente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>this is an old binary Excel file (.xls); save it as .xlsx or .csv and import that</source>
        <translation>este é um arquivo binário antigo do Excel (.xls); salve-o como .xlsx ou .csv e importe esse</translation>
    </message>
    <message>
        <source>the workbook has no sheet with data</source>
        <translation>a pasta de trabalho não tem aba com dados</translation>
    </message>
</context>
<context>
    <name>despacho::importer::TrackingImport</name>
    <message>
        <source>order %1 was not found in %2</source>
        <translation>o pedido %1 não foi encontrado em %2</translation>
    </message>
    <message>
        <source>Rows checked</source>
        <translation>Linhas conferidas</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n order(s) not in the cache…</source>
        <translation>
            <numerusform>Buscando %n pedido que não está no cache…</numerusform>
            <numerusform>Buscando %n pedidos que não estão no cache…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching orders not in the cache…</source>
        <translation>Buscando pedidos que não estão no cache…</translation>
    </message>
    <message>
        <source>not sent: the batch was stopped</source>
        <translation>não enviada: o lote foi interrompido</translation>
    </message>
    <message>
        <source>order %1 has a command waiting to be sent; import this row again once it is done</source>
        <translation>o pedido %1 tem um comando aguardando envio; importe esta linha de novo quando ele terminar</translation>
    </message>
    <message>
        <source>Queuing…</source>
        <translation>Pondo na fila…</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>não enviada</translation>
    </message>
    <message>
        <source>retrying: %1</source>
        <translation>nova tentativa: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Conferindo %n linha…</numerusform>
            <numerusform>Conferindo %n linhas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>despacho::importer::TrackingValidator</name>
    <message>
        <source>order %1 is not in the cache; sync it first</source>
        <translation>o pedido %1 não está no cache; sincronize antes</translation>
    </message>
    <message>
        <source>order %1 exists in several accounts (%2): add an account column or choose the account</source>
        <translation>o pedido %1 existe em várias contas (%2): acrescente uma coluna de conta ou escolha a conta</translation>
    </message>
    <message>
        <source>order %1 is only partly in the cache; sync it first</source>
        <translation>o pedido %1 está só em parte no cache; sincronize antes</translation>
    </message>
    <message>
        <source>no courier given: Correios, from the code&apos;s shape</source>
        <translation>transportadora não informada: Correios, pelo formato do código</translation>
    </message>
    <message>
        <source>the courier is missing</source>
        <translation>falta a transportadora</translation>
    </message>
    <message>
        <source>courier &quot;%1&quot; read as %2</source>
        <translation>transportadora &quot;%1&quot; lida como %2</translation>
    </message>
    <message>
        <source>courier &quot;%1&quot; is not in the carrier list (File &gt; Carriers)</source>
        <translation>a transportadora &quot;%1&quot; não está na lista (Arquivo &gt; Transportadoras)</translation>
    </message>
    <message>
        <source>order %1 has %2 invoices (%3): add an invoice column</source>
        <translation>o pedido %1 tem %2 notas fiscais (%3): acrescente uma coluna de nota fiscal</translation>
    </message>
    <message>
        <source>invoice %1 is %2 on the order: the spreadsheet dropped its leading zeros</source>
        <translation>a nota fiscal %1 é %2 no pedido: a planilha tirou os zeros à esquerda</translation>
    </message>
    <message>
        <source>order %1 has no invoice %2</source>
        <translation>o pedido %1 não tem a nota fiscal %2</translation>
    </message>
    <message>
        <source>invoice %1 already has tracking number %2</source>
        <translation>a nota fiscal %1 já tem o código de rastreio %2</translation>
    </message>
    <message>
        <source>replaces tracking number %1</source>
        <translation>substitui o código de rastreio %1</translation>
    </message>
    <message>
        <source>order %1 already has tracking code %2</source>
        <translation>o pedido %1 já tem o código de rastreio %2</translation>
    </message>
    <message>
        <source>already sent (command %1)</source>
        <translation>já enviado (comando %1)</translation>
    </message>
    <message>
        <source>already queued (command %1)</source>
        <translation>já na fila (comando %1)</translation>
    </message>
    <message>
        <source>the order is missing</source>
        <translation>falta o pedido</translation>
    </message>
    <message>
        <source>the tracking number is missing</source>
        <translation>falta o código de rastreio</translation>
    </message>
    <message>
        <source>same as row %1</source>
        <translation>igual à linha %1</translation>
    </message>
    <message>
        <source>row %1 already gives order %2 the tracking code %3</source>
        <translation>a linha %1 já dá ao pedido %2 o código de rastreio %3</translation>
    </message>
    <message>
        <source>row %1 already gives invoice %2 of order %3 the tracking number %4</source>
        <translation>a linha %1 já dá à nota fiscal %2 do pedido %3 o código de rastreio %4</translation>
    </message>
</context>
<context>
    <name>despacho::importer::XlsxReader</name>
    <message>
        <source>the part %1 unpacks to more than %2 MB or more than %3 times its packed size; the file is refused as a zip bomb</source>
        <translation>a parte %1 se descompacta em mais de %2 MB ou mais de %3 vezes o tamanho compactado; o arquivo é recusado como bomba zip</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook, or it is damaged (not a valid zip package)</source>
        <translation>o arquivo não é uma pasta de trabalho do Excel, ou está danificado (não é um pacote zip válido)</translation>
    </message>
    <message>
        <source>the file is damaged (its zip directory cannot be read)</source>
        <translation>o arquivo está danificado (o diretório zip não pode ser lido)</translation>
    </message>
    <message>
        <source>the workbook is incomplete: the part %1 is missing</source>
        <translation>a pasta de trabalho está incompleta: falta a parte %1</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked (damaged or encrypted)</source>
        <translation>a parte %1 não pode ser descompactada (danificada ou criptografada)</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>a parte %1 está danificada</translation>
    </message>
    <message>
        <source>the part %1 is damaged (checksum mismatch)</source>
        <translation>a parte %1 está danificada (soma de verificação não confere)</translation>
    </message>
    <message>
        <source>document type declarations are not allowed</source>
        <translation>declarações de tipo de documento não são permitidas</translation>
    </message>
    <message>
        <source>the part %1 is not valid XML (line %2: %3)</source>
        <translation>a parte %1 não é XML válido (linha %2: %3)</translation>
    </message>
    <message>
        <source>the workbook is protected with a password; open it in Excel, remove the password and save it again</source>
        <translation>a pasta de trabalho está protegida por senha; abra-a no Excel, remova a senha e salve de novo</translation>
    </message>
    <message>
        <source>this is an old Excel 97–2003 (.xls) file; open it in Excel or LibreOffice and save it as .xlsx or .csv</source>
        <translation>este é um arquivo antigo do Excel 97–2003 (.xls); abra-o no Excel ou no LibreOffice e salve-o como .xlsx ou .csv</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (its package has no _rels/.rels)</source>
        <translation>o arquivo não é uma pasta de trabalho do Excel (o pacote não tem _rels/.rels)</translation>
    </message>
    <message>
        <source>the file is not an Excel workbook (its package names no workbook)</source>
        <translation>o arquivo não é uma pasta de trabalho do Excel (o pacote não indica nenhuma pasta de trabalho)</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>o arquivo não pode ser aberto: %1</translation>
    </message>
    <message>
        <source>the file has %1 MB; the limit is %2 MB</source>
        <translation>o arquivo tem %1 MB; o limite é %2 MB</translation>
    </message>
    <message>
        <source>no workbook is open</source>
        <translation>nenhuma pasta de trabalho está aberta</translation>
    </message>
    <message>
        <source>the workbook has no sheet with data</source>
        <translation>a pasta de trabalho não tem aba com dados</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot;</source>
        <translation>a pasta de trabalho não tem aba chamada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the sheet %1 is empty</source>
        <translation>a aba %1 está vazia</translation>
    </message>
    <message>
        <source>the sheet %1 has more than %2 rows</source>
        <translation>a aba %1 tem mais de %2 linhas</translation>
    </message>
    <message>
        <source>the sheet %1 is too large to read (cells far apart in row %2)</source>
        <translation>a aba %1 é grande demais para ler (células muito distantes na linha %2)</translation>
    </message>
    <message>
        <source>%1 rows do not fit in an Excel sheet (the limit is %2)</source>
        <translation>%1 linhas não cabem numa aba do Excel (o limite é %2)</translation>
    </message>
    <message>
        <source>%1 columns do not fit in an Excel sheet (the limit is %2)</source>
        <translation>%1 colunas não cabem numa aba do Excel (o limite é %2)</translation>
    </message>
    <message>
        <source>the spreadsheet cannot be created (zip error %1)</source>
        <translation>a planilha não pode ser criada (erro zip %1)</translation>
    </message>
    <message>
        <source>the spreadsheet cannot be created (zip error %1 in %2)</source>
        <translation>a planilha não pode ser criada (erro zip %1 em %2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>despacho::security::KeychainSecretStore</name>
    <message>
        <source>No secret service is available (start and unlock GNOME Keyring or KWallet, then try again). Despacho never stores secrets in a file.</source>
        <translation>Nenhum serviço de segredos está disponível (inicie e desbloqueie o GNOME Keyring ou o KWallet e tente novamente). O Despacho nunca guarda segredos em arquivo.</translation>
    </message>
    <message>
        <source>No secret is stored for %1 in the keychain.</source>
        <translation>Nenhum segredo guardado para %1 no chaveiro.</translation>
    </message>
    <message>
        <source>The keychain refused access to %1 (is it locked?).</source>
        <translation>O chaveiro recusou o acesso a %1 (ele está bloqueado?).</translation>
    </message>
    <message>
        <source>Keychain error for %1: %2</source>
        <translation>Erro do chaveiro para %1: %2</translation>
    </message>
</context>
<context>
    <name>despacho::security::SecretStore</name>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>Nenhum segredo guardado para %1.</translation>
    </message>
</context>
<context>
    <name>despacho::storage</name>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>Não foi possível criar a pasta de dados %1</translation>
    </message>
    <message>
        <source>There is no operator named %1.</source>
        <translation>Não existe operador chamado %1.</translation>
    </message>
</context>
<context>
    <name>despacho::storage::Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Não foi possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Despacho (schema %2; this version knows up to %3). Update Despacho; the file was not changed.</source>
        <translation>O banco de dados %1 foi gravado por uma versão mais nova do Despacho (esquema %2; esta versão conhece até o %3). Atualize o Despacho; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>Database migration %1 failed: %2</source>
        <translation>A migração %1 do banco de dados falhou: %2</translation>
    </message>
</context>
<context>
    <name>despacho::storage::Outbox</name>
    <message>
        <source>command %1 is not in a state that allows this</source>
        <translation>o comando %1 não está em um estado que permita isso</translation>
    </message>
    <message>
        <source>order %1 already has a command waiting to be sent; wait until it is sent or has failed</source>
        <translation>o pedido %1 já tem um comando esperando envio; aguarde até ser enviado ou falhar</translation>
    </message>
</context>
<context>
    <name>despacho::sync::ActionQueue</name>
    <message>
        <source>there is no command %1 in the outbox</source>
        <translation>não há comando %1 na fila de envio</translation>
    </message>
    <message>
        <source>order %1 has another command waiting to be sent; retry this one once that one is sent or has failed</source>
        <translation>o pedido %1 tem outro comando esperando envio; tente este de novo quando aquele for enviado ou falhar</translation>
    </message>
    <message>
        <source>discarding a command needs a supervisor</source>
        <translation>descartar um comando exige um supervisor</translation>
    </message>
    <message>
        <source>command %1 cannot be read from the outbox: %2</source>
        <translation>não é possível ler o comando %1 da fila de envio: %2</translation>
    </message>
    <message>
        <source>the outbox of order %1 cannot be read: %2</source>
        <translation>não é possível ler a fila de envio do pedido %1: %2</translation>
    </message>
    <message>
        <source>account %1 cannot be read: %2</source>
        <translation>a conta %1 não pôde ser lida: %2</translation>
    </message>
    <message>
        <source>account %1 is of kind &quot;%2&quot;, which this version cannot send to</source>
        <translation>a conta %1 é do tipo &quot;%2&quot;, para o qual esta versão não consegue enviar</translation>
    </message>
    <message>
        <source>%1 is not possible for %2 orders (account %3)</source>
        <translation>%1 não é possível para pedidos %2 (conta %3)</translation>
    </message>
</context>
<context>
    <name>despacho::sync::AppServices</name>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Não existe conta chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Conta %1: %2</translation>
    </message>
    <message>
        <source>Cannot save account %1: %2</source>
        <translation>Não foi possível salvar a conta %1: %2</translation>
    </message>
    <message>
        <source>The payments gateway is not configured.</source>
        <translation>O gateway de pagamentos não está configurado.</translation>
    </message>
    <message>
        <source>Could not load the transaction: %1</source>
        <translation>Não foi possível carregar a transação: %1</translation>
    </message>
    <message>
        <source>Account %1 could not be read from the database: %2</source>
        <translation>Não foi possível ler a conta %1 do banco de dados: %2</translation>
    </message>
    <message>
        <source>Cannot remove account %1: %2</source>
        <translation>Não foi possível remover a conta %1: %2</translation>
    </message>
    <message>
        <source>Account %1 is of kind &quot;%2&quot;, which this version cannot work with.</source>
        <translation>A conta %1 é do tipo &quot;%2&quot;, com o qual esta versão não consegue trabalhar.</translation>
    </message>
    <message>
        <source>Account %1 is not a VTEX account.</source>
        <translation>A conta %1 não é uma conta VTEX.</translation>
    </message>
    <message>
        <source>Account %1 is not an e-vendi account.</source>
        <translation>A conta %1 não é uma conta e-vendi.</translation>
    </message>
</context>
<context>
    <name>despacho::sync::EvendiChannelAdapter</name>
    <message>
        <source>already closed</source>
        <translation>já finalizado</translation>
    </message>
    <message>
        <source>already canceled</source>
        <translation>já cancelado</translation>
    </message>
    <message>
        <source>already refunded</source>
        <translation>já estornado</translation>
    </message>
    <message>
        <source>order %1 is now %2 (%3)</source>
        <translation>o pedido %1 agora está %2 (%3)</translation>
    </message>
    <message>
        <source>%1: only an open order can be closed</source>
        <translation>%1: só um pedido aberto pode ser finalizado</translation>
    </message>
    <message>
        <source>%1: e-vendi cancels only orders whose payment was refused</source>
        <translation>%1: o e-vendi só cancela pedidos cujo pagamento foi recusado</translation>
    </message>
    <message>
        <source>%1: only an open or closed order can be refunded</source>
        <translation>%1: só um pedido aberto ou finalizado pode ser estornado</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>pedido %1: %2</translation>
    </message>
    <message>
        <source>the fiscal note URL must be an https:// address; nothing was sent</source>
        <translation>o endereço da nota fiscal deve ser https://; nada foi enviado</translation>
    </message>
    <message>
        <source>the bank account of this refund is no longer kept; queue the refund again</source>
        <translation>a conta bancária deste estorno não é mais guardada; solicite o estorno de novo</translation>
    </message>
    <message>
        <source>%1 is not possible for e-vendi orders</source>
        <translation>%1 não é possível em pedidos e-vendi</translation>
    </message>
</context>
<context>
    <name>despacho::sync::EvendiSynchronizer</name>
    <message>
        <source>account %1: searching orders (page %2) failed: %3</source>
        <translation>conta %1: a busca de pedidos (página %2) falhou: %3</translation>
    </message>
    <message>
        <source>account %1: a search row without an order id was skipped</source>
        <translation>conta %1: uma linha da busca sem id de pedido foi ignorada</translation>
    </message>
    <message>
        <source>account %1, order %2: %3</source>
        <translation>conta %1, pedido %2: %3</translation>
    </message>
    <message>
        <source>account %1, order %2: e-vendi answered with order %3</source>
        <translation>conta %1, pedido %2: o e-vendi respondeu com o pedido %3</translation>
    </message>
    <message>
        <source>account %1, order %2: unknown status &quot;%3&quot;, kept as received</source>
        <translation>conta %1, pedido %2: status desconhecido &quot;%3&quot;, guardado como veio</translation>
    </message>
    <message>
        <source>account %1, order %2: cannot store: %3</source>
        <translation>conta %1, pedido %2: não foi possível guardar: %3</translation>
    </message>
</context>
<context>
    <name>despacho::sync::OperatorService</name>
    <message>
        <source>a PIN is 4 to 12 digits (0-9), nothing else</source>
        <translation>um PIN tem de 4 a 12 dígitos (0-9), nada mais</translation>
    </message>
    <message>
        <source>a name is 1 to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>um nome tem de 1 a %1 letras, dígitos, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>Operator %1 is locked until %2 after too many wrong PINs.</source>
        <translation>O operador %1 está bloqueado até %2 por excesso de PINs errados.</translation>
    </message>
    <message>
        <source>There is no operator named %1.</source>
        <translation>Não existe operador chamado %1.</translation>
    </message>
    <message>
        <source>Operator %1 is deactivated.</source>
        <translation>O operador %1 está desativado.</translation>
    </message>
    <message>
        <source>%1 is not a supervisor; a supervisor must enter their own name and PIN.</source>
        <translation>%1 não é supervisor; um supervisor deve informar o próprio nome e PIN.</translation>
    </message>
    <message>
        <source>Could not record the wrong PIN for %1: %2</source>
        <translation>Não foi possível registrar o PIN errado de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN for %1. Attempts left before the operator is locked: %n.</source>
        <translation>
            <numerusform>PIN errado para %1. Tentativas restantes antes de o operador ser bloqueado: %n.</numerusform>
            <numerusform>PIN errado para %1. Tentativas restantes antes de o operador ser bloqueado: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not lock operator %1: %2</source>
        <translation>Não foi possível bloquear o operador %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN for %1, %n times in a row.</source>
        <translation>
            <numerusform>PIN errado para %1, %n vez seguida.</numerusform>
            <numerusform>PIN errado para %1, %n vezes seguidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator name &quot;%1&quot; is not valid: %2.</source>
        <translation>O nome de operador &quot;%1&quot; não é válido: %2.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; for %2 is not valid: use operator or supervisor.</source>
        <translation>O papel &quot;%1&quot; para %2 não é válido: use operator ou supervisor.</translation>
    </message>
    <message>
        <source>The new PIN for %1 is not valid: %2.</source>
        <translation>O novo PIN de %1 não é válido: %2.</translation>
    </message>
    <message>
        <source>Could not read the operators from the database %1.</source>
        <translation>Não foi possível ler os operadores do banco de dados %1.</translation>
    </message>
    <message>
        <source>There are no operators yet: the first one must be a supervisor, so add %1 with the supervisor role or add a supervisor first.</source>
        <translation>Ainda não há operadores: o primeiro deve ser um supervisor, então adicione %1 com o papel de supervisor ou adicione um supervisor antes.</translation>
    </message>
    <message>
        <source>Adding operator %1 needs a supervisor&apos;s name and PIN.</source>
        <translation>Adicionar o operador %1 exige o nome e o PIN de um supervisor.</translation>
    </message>
    <message>
        <source>There is already an operator named %1.</source>
        <translation>Já existe um operador chamado %1.</translation>
    </message>
    <message>
        <source>Could not add operator %1: %2</source>
        <translation>Não foi possível adicionar o operador %1: %2</translation>
    </message>
    <message>
        <source>Supervisor %1 added.</source>
        <translation>Supervisor %1 adicionado.</translation>
    </message>
    <message>
        <source>Operator %1 added.</source>
        <translation>Operador %1 adicionado.</translation>
    </message>
    <message>
        <source>Could not read the operators from the database %1: %2</source>
        <translation>Não foi possível ler os operadores do banco de dados %1: %2</translation>
    </message>
    <message>
        <source>Could not read operator %1 from the database: %2</source>
        <translation>Não foi possível ler o operador %1 do banco de dados: %2</translation>
    </message>
</context>
<context>
    <name>despacho::sync::OrderSynchronizer</name>
    <message>
        <source>account %1: listing orders created %2 to %3 (page %4) failed: %5</source>
        <translation>conta %1: a listagem dos pedidos criados de %2 a %3 (página %4) falhou: %5</translation>
    </message>
    <message>
        <source>account %1: more than %2 orders were created within one second around %3; only the first %2 were read</source>
        <translation>conta %1: mais de %2 pedidos foram criados no mesmo segundo por volta de %3; só os primeiros %2 foram lidos</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>conta %1: %2</translation>
    </message>
    <message>
        <source>account %1: cannot store the order list: %2</source>
        <translation>conta %1: não foi possível gravar a lista de pedidos: %2</translation>
    </message>
    <message>
        <source>account %1, order %2: %3</source>
        <translation>conta %1, pedido %2: %3</translation>
    </message>
    <message>
        <source>account %1, order %2: the server answered with order %3</source>
        <translation>conta %1, pedido %2: o servidor respondeu com o pedido %3</translation>
    </message>
    <message>
        <source>account %1, order %2: unknown status &quot;%3&quot;, kept as received</source>
        <translation>conta %1, pedido %2: status desconhecido &quot;%3&quot;, mantido como recebido</translation>
    </message>
    <message>
        <source>account %1, order %2: cannot store: %3</source>
        <translation>conta %1, pedido %2: não foi possível gravar: %3</translation>
    </message>
</context>
<context>
    <name>despacho::sync::OutboxDispatcher</name>
    <message>
        <source>Another Despacho process (pid %1) is sending the outbox; commands stay queued until it sends them.</source>
        <translation>Outro processo do Despacho (pid %1) está enviando a fila de envio; os comandos ficam na fila até que ele os envie.</translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>pedido %1: %2</translation>
    </message>
    <message>
        <source>already canceled</source>
        <translation>já cancelado</translation>
    </message>
    <message>
        <source>order is now %1</source>
        <translation>o pedido agora está com status %1</translation>
    </message>
    <message>
        <source>unknown command kind</source>
        <translation>tipo de comando desconhecido</translation>
    </message>
    <message>
        <source>order already %1</source>
        <translation>o pedido já está com status %1</translation>
    </message>
    <message>
        <source>The outbox could not be read or written: %1</source>
        <translation>Não foi possível ler ou gravar a fila de envio: %1</translation>
    </message>
    <message>
        <source>%1 orders cannot take the command &quot;%2&quot;</source>
        <translation>pedidos %1 não aceitam o comando &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>despacho::sync::SyncRun</name>
    <message>
        <source>account %1: cannot read the cached orders: %2</source>
        <translation>conta %1: não foi possível ler os pedidos guardados: %2</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>conta %1: %2</translation>
    </message>
</context>
<context>
    <name>despacho::validators</name>
    <message>
        <source>the invoice number is empty</source>
        <translation>o número da nota fiscal está vazio</translation>
    </message>
    <message>
        <source>the invoice number is longer than 50 characters</source>
        <translation>o número da nota fiscal tem mais de 50 caracteres</translation>
    </message>
    <message>
        <source>the invoice number may hold only letters and digits (found &quot;%1&quot;)</source>
        <translation>o número da nota fiscal só pode ter letras e dígitos (encontrado &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the NF-e access key must have exactly 44 digits (has %1)</source>
        <translation>a chave de acesso da NF-e deve ter exatamente 44 dígitos (tem %1)</translation>
    </message>
    <message>
        <source>the NF-e access key&apos;s check digit is %1, expected %2</source>
        <translation>o dígito verificador da chave de acesso da NF-e é %1; o esperado é %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run against the built-in sandbox store.</source>
        <translation>Usar a loja de teste embutida (demonstração).</translation>
    </message>
    <message>
        <source>Data directory.</source>
        <translation>Pasta de dados.</translation>
    </message>
    <message>
        <source>Interface language: pt_BR or en.</source>
        <translation>Idioma da interface: pt_BR ou en.</translation>
    </message>
    <message>
        <source>Despacho</source>
        <translation>Despacho</translation>
    </message>
    <message>
        <source>Demo: ana / 1111 (operator), chefe / 9999 (supervisor)</source>
        <translation>Demonstração: ana / 1111 (operador), chefe / 9999 (supervisor)</translation>
    </message>
    <message>
        <source>Despacho: back office for online store warehouses</source>
        <translation>Despacho: retaguarda para expedição de lojas online</translation>
    </message>
</context>
</TS>
