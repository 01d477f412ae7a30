#include "answerlistmodel.h"
