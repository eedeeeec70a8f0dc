#include "sandbox/catalog.h"

#include <array>

using namespace Qt::StringLiterals;

namespace despacho::sandbox::catalog {

namespace {

constexpr std::array kProducts{
    Product{1001, u"Camiseta Básica Algodão", u"Malha Viva", 1, u"Roupas", 4990, 180, 1, false},
    Product{1002, u"Camisa Polo Piquet", u"Malha Viva", 1, u"Roupas", 8990, 250, 1, false},
    Product{1003, u"Calça Jeans Slim", u"Índigo Brasil", 1, u"Roupas", 15990, 600, 2, true},
    Product{1004, u"Bermuda Sarja", u"Índigo Brasil", 1, u"Roupas", 8990, 350, 2, true},
    Product{1005, u"Vestido Midi Estampado", u"Flor de Lis", 1, u"Roupas", 17990, 300, 1, false},
    Product{1006, u"Jaqueta Corta-Vento", u"Trilha Sul", 1, u"Roupas", 19990, 450, 1, true},
    Product{1007, u"Moletom Canguru", u"Malha Viva", 1, u"Roupas", 12990, 550, 1, false},
    Product{1008, u"Meia Cano Alto Kit 3 Pares", u"Passo Leve", 1, u"Roupas", 3990, 120, 0, true},
    Product{1009, u"Tênis Corrida", u"Passo Leve", 2, u"Calçados", 29990, 900, 3, true},
    Product{1010, u"Sandália Rasteira Couro", u"Flor de Lis", 2, u"Calçados", 8990, 300, 4, true},
    Product{1011, u"Chinelo Slide", u"Passo Leve", 2, u"Calçados", 4990, 350, 8, true},
    Product{1012, u"Bota Coturno Couro", u"Trilha Sul", 2, u"Calçados", 34990, 1400, 3, true},
    Product{1013, u"Mochila Notebook 15,6\"", u"Trilha Sul", 3, u"Acessórios", 18990, 800, 0, true},
    Product{1014, u"Bolsa Transversal Couro", u"Flor de Lis", 3, u"Acessórios", 22990, 500, 6,
            false},
    Product{1015, u"Boné Aba Curva", u"Trilha Sul", 3, u"Acessórios", 6990, 150, 6, false},
    Product{1016, u"Óculos de Sol Polarizado", u"Visão Clara", 3, u"Acessórios", 15990, 100, 0,
            true},
    Product{1017, u"Relógio Digital Esportivo", u"Tempo Certo", 3, u"Acessórios", 12990, 120, 6,
            true},
    Product{1018, u"Fone de Ouvido Bluetooth", u"Sonora", 4, u"Eletrônicos", 19990, 250, 6, true},
    Product{1019, u"Carregador Turbo USB-C 20W", u"Volt", 4, u"Eletrônicos", 8990, 120, 0, true},
    Product{1020, u"Cabo USB-C 1 m", u"Volt", 4, u"Eletrônicos", 3490, 60, 0, true},
    Product{1021, u"Caixa de Som Portátil", u"Sonora", 4, u"Eletrônicos", 24990, 700, 6, true},
    Product{1022, u"Smartwatch Fitness", u"Tempo Certo", 4, u"Eletrônicos", 39990, 150, 6, true},
    Product{1023, u"Garrafa Térmica Inox 500 ml", u"Casa Viva", 5, u"Casa e Cozinha", 7990, 400, 6,
            true},
    Product{1024, u"Cafeteira Elétrica 30 Xícaras", u"Casa Viva", 5, u"Casa e Cozinha", 14990, 2100,
            5, true},
    Product{1025, u"Panela de Pressão 4,5 L", u"Casa Viva", 5, u"Casa e Cozinha", 18990, 2300, 0,
            true},
    Product{1026, u"Jogo de Panelas Antiaderente 5 Peças", u"Casa Viva", 5, u"Casa e Cozinha",
            34990, 5200, 0, true},
    Product{1027, u"Liquidificador 1200 W", u"Volt", 5, u"Casa e Cozinha", 19990, 3100, 5, true},
    Product{1028, u"Air Fryer 4 L", u"Volt", 5, u"Casa e Cozinha", 39990, 4800, 5, true},
    Product{1029, u"Jogo de Lençol Casal 4 Peças", u"Sono Bom", 6, u"Cama, Mesa e Banho", 12990,
            1200, 6, false},
    Product{1030, u"Toalha de Banho Algodão", u"Sono Bom", 6, u"Cama, Mesa e Banho", 4990, 450, 6,
            false},
    Product{1031, u"Travesseiro Fibra Siliconada", u"Sono Bom", 6, u"Cama, Mesa e Banho", 5990, 800,
            0, true},
    Product{1032, u"Luminária de Mesa LED", u"Volt", 5, u"Casa e Cozinha", 8990, 700, 6, true},
    Product{1033, u"Kit Pincéis de Maquiagem", u"Bela Pele", 7, u"Beleza", 6990, 200, 0, true},
    Product{1034, u"Perfume Floral 100 ml", u"Bela Pele", 7, u"Beleza", 21990, 350, 0, true},
    Product{1035, u"Protetor Solar FPS 50 200 ml", u"Bela Pele", 7, u"Beleza", 5990, 250, 0, true},
    Product{1036, u"Whey Protein 900 g", u"Força Total", 8, u"Esporte", 14990, 1000, 7, true},
    Product{1037, u"Tapete de Yoga 6 mm", u"Força Total", 8, u"Esporte", 8990, 1100, 6, true},
    Product{1038, u"Halter Emborrachado 5 kg", u"Força Total", 8, u"Esporte", 9990, 5100, 0, true},
    Product{1039, u"Livro Dom Casmurro", u"Editora Clássicos", 9, u"Livros", 2990, 300, 0, true},
    Product{1040, u"Caneca Cerâmica 350 ml", u"Casa Viva", 5, u"Casa e Cozinha", 3990, 400, 6,
            false},
};

constexpr std::array kCouriers{
    Courier{u"Correios PAC", u"Correios", u"1c5e2a", u"Normal", 5, 9},
    Courier{u"Jadlog .Package", u"Jadlog", u"2f9b41", u"Normal", 4, 8},
    Courier{u"Correios SEDEX", u"Correios", u"1c5e2b", u"Expressa", 1, 3},
    Courier{u"Loggi", u"Loggi", u"3a7d10", u"Expressa", 1, 2},
    Courier{u"Total Express", u"Total Express", u"4e2c88", u"Expressa", 2, 4},
    Courier{u"Retirada na Loja", u"Loja Demo", u"retira", u"Retira", 0, 1},
};

constexpr std::array<const char16_t *, 20> kFemale{
    u"Ana",      u"Maria",   u"Juliana", u"Fernanda", u"Camila",   u"Beatriz",  u"Larissa",
    u"Patrícia", u"Aline",   u"Letícia", u"Bruna",    u"Gabriela", u"Mariana",  u"Luana",
    u"Vitória",  u"Rafaela", u"Débora",  u"Cláudia",  u"Sônia",    u"Conceição"};

constexpr std::array<const char16_t *, 20> kMale{
    u"João",    u"José",    u"Carlos",  u"Paulo",   u"Lucas",    u"Pedro",   u"Gabriel",
    u"Rafael",  u"Marcelo", u"Thiago",  u"Felipe",  u"Bruno",    u"Rodrigo", u"André",
    u"Antônio", u"Luiz",    u"Matheus", u"Gustavo", u"Vinícius", u"Márcio"};

constexpr std::array<const char16_t *, 40> kSurnames{
    u"Silva",   u"Santos",     u"Oliveira",   u"Souza",     u"Rodrigues", u"Ferreira", u"Alves",
    u"Pereira", u"Lima",       u"Gomes",      u"Costa",     u"Ribeiro",   u"Martins",  u"Carvalho",
    u"Almeida", u"Lopes",      u"Soares",     u"Fernandes", u"Vieira",    u"Barbosa",  u"Rocha",
    u"Dias",    u"Nascimento", u"Andrade",    u"Moreira",   u"Nunes",     u"Marques",  u"Machado",
    u"Mendes",  u"Freitas",    u"Cardoso",    u"Ramos",     u"Gonçalves", u"Santana",  u"Teixeira",
    u"Araújo",  u"Pinto",      u"Cavalcanti", u"Monteiro",  u"Brandão"};

constexpr std::array<const char16_t *, 7> kEmailDomains{
    u"gmail.com",  u"hotmail.com", u"outlook.com", u"yahoo.com.br",
    u"uol.com.br", u"bol.com.br",  u"terra.com.br"};

constexpr std::array<const char16_t *, 6> kCancelReasons{u"Cliente desistiu da compra",
                                                         u"Pagamento não aprovado",
                                                         u"Produto sem estoque",
                                                         u"Endereço de entrega incorreto",
                                                         u"Prazo de entrega não atende o cliente",
                                                         u"Pedido duplicado"};

} // namespace

std::span<const Product> products()
{
    return kProducts;
}

std::span<const Courier> couriers()
{
    return kCouriers;
}

QStringList variants(int variantSet)
{
    switch (variantSet) {
    case 1:
        return {u"P"_s, u"M"_s, u"G"_s, u"GG"_s};
    case 2:
        return {u"38"_s, u"40"_s, u"42"_s, u"44"_s, u"46"_s};
    case 3:
        return {u"37"_s, u"38"_s, u"39"_s, u"40"_s, u"41"_s, u"42"_s, u"43"_s};
    case 4:
        return {u"34"_s, u"35"_s, u"36"_s, u"37"_s, u"38"_s, u"39"_s};
    case 5:
        return {u"110V"_s, u"220V"_s};
    case 6:
        return {u"Preto"_s, u"Branco"_s, u"Azul"_s, u"Cinza"_s};
    case 7:
        return {u"Chocolate"_s, u"Baunilha"_s, u"Morango"_s};
    case 8:
        return {u"35/36"_s, u"37/38"_s, u"39/40"_s, u"41/42"_s, u"43/44"_s};
    default:
        return {};
    }
}

std::span<const char16_t *const> femaleNames()
{
    return kFemale;
}

std::span<const char16_t *const> maleNames()
{
    return kMale;
}

std::span<const char16_t *const> surnames()
{
    return kSurnames;
}

std::span<const char16_t *const> emailDomains()
{
    return kEmailDomains;
}

std::span<const char16_t *const> cancelReasons()
{
    return kCancelReasons;
}

} // namespace despacho::sandbox::catalog
