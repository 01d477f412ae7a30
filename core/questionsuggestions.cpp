#include "questionsuggestions.h"
