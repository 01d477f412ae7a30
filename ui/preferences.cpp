#include "preferences.h"
