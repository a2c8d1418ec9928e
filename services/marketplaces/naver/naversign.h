#pragma once

#include "services/domain/result.h"

#include <QByteArray>

namespace md::marketplaces::naver {

// Naver Commerce's client_secret_sign: base64(bcrypt(password = client_id + "_" + timestamp, salt = client_secret)),
// computed with libcrypt's bcrypt ($2a$). Config error when the secret is not a bcrypt salt (the message never
// contains the secret).
Result<QByteArray> clientSecretSign(const QByteArray& clientId, const QByteArray& clientSecret, qint64 timestampMs);

// The bcrypt hash itself (for the fake server's verification and the test vector).
Result<QByteArray> bcryptHash(const QByteArray& password, const QByteArray& salt);

} // namespace md::marketplaces::naver
