#include "practicehistorychart.h"
