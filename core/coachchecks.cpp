#include "coachchecks.h"
