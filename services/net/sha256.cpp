#include "services/net/sha256.h"

#include <openssl/evp.h>

namespace md::net {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    Q_CHECK_PTR(m_ctx);
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::reset()
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
}

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size()));
}

QByteArray Sha256::hexResult() const
{
    // Finalising consumes the context: finalise a copy, so that more data may still be added.
    EVP_MD_CTX* copy = EVP_MD_CTX_new();
    Q_CHECK_PTR(copy);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_MD_CTX_copy_ex(copy, m_ctx);
    EVP_DigestFinal_ex(copy, digest, &length);
    EVP_MD_CTX_free(copy);
    return QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex();
}

} // namespace md::net
