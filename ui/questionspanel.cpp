#include "questionspanel.h"
