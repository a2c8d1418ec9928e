#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace md::marketplaces {

// Money as integer minor units of its currency with two implied decimals (NUMERIC(14,2) in the database):
// 1234 = 12.34. Parsing and formatting live in orderrepository.cpp's callers; never a double.
using Cents = qint64;

// One line of a marketplace order, mapped from the platform's payload.
struct OrderLine {
    QString lineNo; // platform's line key, unique within the order (Qoo10 orderNo, Naver productOrderId, …)
    QString status; // one of our statuses (orderstatusmap.h)
    QString platformStatus; // the platform's own status, also kept in data
    QString productRef; // platform product id
    QString sku; // seller's own code
    QString variantCode; // seller's option code (G&B CodArticolo when the listing came from the feed)
    QString productName;
    QString optionText;
    int qty = 1;
    std::optional<Cents> unitPrice;
    std::optional<Cents> discount;
    std::optional<Cents> total;
    QString currency;
    QJsonObject data; // the platform's raw line
};

// One marketplace order (a cart / pack) with its lines.
struct Order {
    QString orderNo;
    QString status; // our status, aggregated over the lines (orderstatusmap.h)
    QDateTime orderDate; // UTC
    QDateTime paymentDate;
    QString buyerName;
    QString receiverName;
    QString receiverPhone;
    QString receiverAddress;
    QString receiverZip;
    QString country;
    std::optional<Cents> totalAmount;
    QString currency;
    QJsonObject data; // order-level raw fields
    QList<OrderLine> lines;
};

// "12.34" for 1234; the text bound to NUMERIC columns.
QString centsToDecimal(Cents value);
// 1234 for "12.34", "12.3", "12", "1,234.5"; nullopt for anything else.
std::optional<Cents> decimalToCents(const QString& text);

} // namespace md::marketplaces
