#include "questionbank.h"
