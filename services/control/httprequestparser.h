#pragma once

#include "services/control/httpmessage.h"

namespace md::control {

struct ParseLimits {
    qsizetype maxHead = 16 * 1024; // request line and headers
    qsizetype maxBody = 256 * 1024; // the API's bodies are a few hundred bytes
};

struct ParseResult {
    enum Kind { Incomplete, Complete, Failed };
    Kind kind = Incomplete;
    HttpRequest request; // Complete: the request, its bytes removed from the buffer
    bool keepAlive = false; // Complete: whether the client keeps the connection for another request
    bool wantsContinue = false; // Incomplete: the head came with "Expect: 100-continue" and the body is awaited
    HttpResponse failure; // Failed: what to answer before closing the connection
};

// Parses one HTTP/1.0 or 1.1 request from the front of `buffer` (pipelined requests stay in it). Bodies need a
// Content-Length; chunked bodies are refused (the API's clients send small JSON bodies).
ParseResult parseRequest(QByteArray& buffer, const ParseLimits& limits = {});

} // namespace md::control
