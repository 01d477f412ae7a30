#include "prepsheet.h"
