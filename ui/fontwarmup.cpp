#include "fontwarmup.h"

#if defined(STARLING_HAVE_FONTCONFIG)
#include <fontconfig/fontconfig.h>
#endif

namespace starling {

FontWarmUp::FontWarmUp()
{
#if defined(STARLING_HAVE_FONTCONFIG)
    // FcInit() is safe to race with Qt's own call: the first configuration to finish is kept
    // and the other is dropped, so a late warm-up costs time on the other core, never a result.
    m_thread = std::thread([this] { m_loaded = FcInit() == FcTrue; });
#endif
}

FontWarmUp::~FontWarmUp()
{
    wait();
}

void FontWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace starling
