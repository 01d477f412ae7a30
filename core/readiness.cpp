#include "readiness.h"
