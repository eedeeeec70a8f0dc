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
            <translation>Token (app token):</translation>
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
        <name>MainWindow</name>
        <message>
            <source>Despacho</source>
            <translation>Despacho</translation>
        </message>
        <message>
            <source>DEMO — orders from the built-in sandbox store; nothing here is real</source>
            <translation>DEMONSTRAÇÃO — pedidos da loja sandbox embutida; nada aqui é real</translation>
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
            <source>Add, edit or remove VTEX accounts</source>
            <translation>Adicionar, editar ou remover contas VTEX</translation>
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
            <translation>Status:</translation>
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
            <translation>SLA</translation>
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
            <source>order %1 has an invalid creationDate "%2"</source>
            <translation>o pedido %1 tem creationDate inválida "%2"</translation>
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
            <source>order %1 has an invalid creationDate "%2" in the list</source>
            <translation>o pedido %1 tem creationDate inválida "%2" na lista</translation>
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
            <source>The server refused the change because of the item's current state (HTTP 409).</source>
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
        <name>despacho::gui::AccountsDialog</name>
        <message>
            <source>The system keychain is not available, so the app token cannot be stored. Start or unlock your desktop's keyring (GNOME Keyring or KWallet) and save again. Details: %1</source>
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
            <source>An account named "%1" already exists.</source>
            <translation>Já existe uma conta chamada "%1".</translation>
        </message>
        <message>
            <source>Enter the VTEX account name.</source>
            <translation>Informe o nome da conta VTEX.</translation>
        </message>
        <message>
            <source>Use only lower-case letters, digits and hyphens, as in the store's VTEX address.</source>
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
    </context>
    <context>
        <name>despacho::gui::DemoSession</name>
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
        <name>despacho::gui::MainWindow</name>
        <message>
            <source>No VTEX account is configured yet. Add one in File &gt; Accounts.</source>
            <translation>Nenhuma conta VTEX configurada ainda. Adicione uma em Arquivo &gt; Contas.</translation>
        </message>
        <message>
            <source>About Despacho</source>
            <translation>Sobre o Despacho</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Despacho %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Back office for VTEX warehouses: order queues, search and barcode scan, order details.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Despacho %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Retaguarda para expedição de pedidos VTEX: filas de pedidos, busca e leitura de código de barras, detalhes dos pedidos.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Despacho — demo</source>
            <translation>Despacho — demonstração</translation>
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
            <translation>Fechar aviso</translation>
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
    </context>
    <context>
        <name>despacho::gui::OrderListPane</name>
        <message>
            <source>No order matches "%1".</source>
            <translation>Nenhum pedido corresponde a "%1".</translation>
        </message>
        <message>
            <source>Search by order, sequence, client, CPF/CNPJ or e-mail; scan a barcode (Ctrl+F)</source>
            <translation>Buscar por pedido, sequência, cliente, CPF/CNPJ ou e-mail; ler código de barras (Ctrl+F)</translation>
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
            <translation>Status</translation>
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
        <name>despacho::gui::TransactionPanel</name>
        <message>
            <source>The payments gateway is not configured.</source>
            <translation>O gateway de pagamentos não está configurado.</translation>
        </message>
        <message>
            <source>Could not load the transaction: %1</source>
            <translation>Não foi possível carregar a transação: %1</translation>
        </message>
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
            <translation>Status:</translation>
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
            <source>Ask the VTEX payments gateway for this transaction's current state</source>
            <translation>Consultar o estado atual desta transação no gateway de pagamentos da VTEX</translation>
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
        <name>despacho::sync::AppServices</name>
        <message>
            <source>There is no account named "%1".</source>
            <translation>Não existe conta chamada "%1".</translation>
        </message>
        <message>
            <source>Account %1: %2</source>
            <translation>Conta %1: %2</translation>
        </message>
        <message>
            <source>Cannot save account %1: %2</source>
            <translation>Não foi possível salvar a conta %1: %2</translation>
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
            <source>account %1, order %2: unknown status "%3", kept as received</source>
            <translation>conta %1, pedido %2: status desconhecido "%3", mantido como recebido</translation>
        </message>
        <message>
            <source>account %1, order %2: cannot store: %3</source>
            <translation>conta %1, pedido %2: não foi possível gravar: %3</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Despacho: back office for VTEX warehouses</source>
            <translation>Despacho: retaguarda para expedição de pedidos VTEX</translation>
        </message>
        <message>
            <source>Run against the built-in sandbox store.</source>
            <translation>Usar a loja sandbox embutida (demonstração).</translation>
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
    </context>
</TS>
