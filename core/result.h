#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace starling {

// A failure a person can act on: the message says what went wrong and what to do.
struct Error {
    QString message;
};

// Either a value or an Error. Core never throws and never shows dialogs; callers decide how to
// present the message (a dialog in the GUI, one line on stderr on the command line).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value, so `for (x : store.stories().value())` on a temporary does not dangle.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const QString &error() const { return std::get<1>(m_data).message; }
    Error takeError() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error.message; }
    Error takeError() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

using Status = Result<void>;

} // namespace starling
